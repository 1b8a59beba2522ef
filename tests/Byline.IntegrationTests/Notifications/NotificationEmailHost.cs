using System.Globalization;
using Byline.Testing;

namespace Byline.IntegrationTests.Notifications;

/// <summary>The application with email turned on, sending through a real SMTP server of its own on 127.0.0.1.</summary>
public sealed class NotificationEmailHost : BylineHost
{
    public const string PublicUrl = "https://news.larkhaven.example";

    internal SmtpCatcher Smtp { get; } = new();

    public NotificationEmailHost()
    {
        With("Byline:Email:Host", "127.0.0.1");
        With("Byline:Email:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        With("Byline:Email:Security", "None");
        With("Byline:Email:FromAddress", "newsroom@larkhaven.example");
        With("Byline:Email:FromName", "Larkhaven newsroom");
        With("Byline:Site:PublicUrl", PublicUrl);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
