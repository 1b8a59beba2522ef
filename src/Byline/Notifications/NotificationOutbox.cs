using Byline.Site;
using Byline.Storage;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Byline.Notifications;

/// <summary>
/// Emails the notifications whose recipients chose email for their kind. Each is claimed with one guarded UPDATE (on
/// the number of attempts it was read with) before it is sent, so two nodes never send the same one; a failed send is
/// tried again later, each time after a longer wait, and at most <see cref="MaxAttempts"/> times. A node that stops
/// between the send and its mark may send one twice; that is the price of never losing one.
/// </summary>
public sealed class NotificationOutbox(
    BylineDb db, SmtpMailer mailer, IOptions<EmailOptions> options, SiteIdentity site, SiteUrls urls, TimeProvider clock, ILogger<NotificationOutbox> logger)
{
    public const int MaxAttempts = 5;

    /// <summary>Older news is not worth an email: an outage, or email being turned on, never sends a backlog.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    private const int Batch = 50;
    private const int SubjectMaxLength = 150;

    /// <summary>The wait after attempt <paramref name="attempt"/>: 1, 4, 16, 64 minutes.</summary>
    public static TimeSpan RetryAfter(int attempt) => TimeSpan.FromMinutes(Math.Pow(4, Math.Max(0, attempt - 1)));

    /// <summary>Sends what is due now; the number sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CanSend)
        {
            return 0;
        }
        if (site.Current.PublicUrl is null)
        {
            // An email's link must be absolute, and a background task has no request to take the address from.
            logger.LogWarning("Notification emails wait for Byline:Site:PublicUrl, the site's public address, to build their links");
            return 0;
        }
        var now = clock.GetUtcNow();
        var since = now - MaxAge;
        var due = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.EmailAttempts < MaxAttempts && n.CreatedAt >= since
                && (n.EmailRetryAt == null || n.EmailRetryAt <= now)
                && db.NotificationPreferences.Any(p => p.UserId == n.RecipientUserId && p.Kind == n.Kind && p.ByEmail && p.ChosenAt <= n.CreatedAt))
            .Join(db.Users.Where(u => !u.IsDisabled && u.Email != null), n => n.RecipientUserId, u => u.Id,
                (n, u) => new { n.Id, n.Kind, n.Text, n.Link, n.EmailAttempts, Email = u.Email!, u.DisplayName })
            .OrderBy(n => n.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);

        var sent = 0;
        SmtpClient? client = null;
        try
        {
            foreach (var item in due)
            {
                var attempt = item.EmailAttempts + 1;
                var claimed = await db.Notifications
                    .Where(n => n.Id == item.Id && n.EmailedAt == null && n.EmailAttempts == item.EmailAttempts)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(n => n.EmailAttempts, attempt)
                        .SetProperty(n => n.EmailRetryAt, now + RetryAfter(attempt)), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }
                try
                {
                    client ??= await mailer.ConnectAsync(cancellationToken);
                    await mailer.SendAsync(client, Compose(item.Email, item.DisplayName, item.Kind, item.Text, item.Link), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The exception is not logged whole: a server's refusal often quotes the recipient's address.
                    logger.LogWarning("Emailing notification {NotificationId} failed ({Failure}), attempt {Attempt} of {MaxAttempts}",
                        item.Id, e.GetType().Name, attempt, MaxAttempts);
                    // The server or the connection is the likely cause: the rest wait for the next round.
                    break;
                }
                await db.Notifications.Where(n => n.Id == item.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(n => n.EmailedAt, clock.GetUtcNow()), cancellationToken);
                sent++;
            }
        }
        finally
        {
            if (client is not null)
            {
                await DisconnectAsync(client);
            }
        }
        if (sent > 0)
        {
            logger.LogInformation("Emailed {Count} notifications", sent);
        }
        return sent;
    }

    private NotificationEmail Compose(string address, string name, NotificationKind kind, string text, string link)
    {
        var subject = $"{site.Current.Title}: {text}";
        if (subject.Length > SubjectMaxLength)
        {
            subject = subject[..(SubjectMaxLength - 1)] + "…";
        }
        var body = $"""
            {text}

            Open it in the newsroom: {urls.Absolute(link)}

            You get this email because you chose “{NotificationKinds.Describe(kind)}” by email on your account page: {urls.Absolute("/newsroom/account")}
            """;
        return new NotificationEmail(address, name, subject, body);
    }

    private static async Task DisconnectAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpProtocolException)
        {
            // Whatever was sent is sent; a goodbye that fails changes nothing.
        }
        finally
        {
            client.Dispose();
        }
    }
}
