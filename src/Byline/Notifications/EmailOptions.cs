using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Byline.Notifications;

/// <summary>
/// <c>Byline:Email</c>: the SMTP server the site sends its email through. Without <see cref="Host"/> the site sends no
/// email at all (members' choices are kept for when it does).
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Byline:Email";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>The sender's address, required once <see cref="Host"/> is set.</summary>
    public string? FromAddress { get; set; }
    public string FromName { get; set; } = "Byline newsroom";

    /// <summary>Sign in to the server only when both are set.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>
    /// <c>Auto</c> (TLS on port 465, STARTTLS where the server offers it), <c>StartTls</c> (required), <c>SslOnConnect</c>
    /// or <c>None</c> (plain text: only for a server on the same machine).
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public bool CanSend => !string.IsNullOrWhiteSpace(Host);
}
