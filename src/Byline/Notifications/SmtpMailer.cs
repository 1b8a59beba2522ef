using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Byline.Notifications;

/// <summary>Sends plain-text email through the SMTP server of <see cref="EmailOptions"/> (MailKit), one connection per batch.</summary>
public sealed class SmtpMailer(IOptions<EmailOptions> options)
{
    /// <summary>Opens a connection (only called once <see cref="EmailOptions.CanSend"/>: the host and sender are validated at start); the caller disposes it.</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName) && !string.IsNullOrEmpty(settings.Password))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken);
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task SendAsync(SmtpClient client, NotificationEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(email);
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress!));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };
        await client.SendAsync(message, cancellationToken);
    }
}
