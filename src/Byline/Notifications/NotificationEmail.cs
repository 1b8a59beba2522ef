namespace Byline.Notifications;

/// <summary>One notification email, addressed: its recipient's address stays here and in the SMTP conversation, never in a log.</summary>
public sealed record NotificationEmail(string ToAddress, string ToName, string Subject, string Body);
