namespace Byline.Accounts;

/// <summary>One line of the newsroom's record of who did what. The application only ever appends to it.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? ActorId { get; set; }

    /// <summary>The actor's name at the time, kept even if the account is later renamed or removed.</summary>
    public required string ActorName { get; set; }
    public required string Action { get; set; }

    /// <summary>What the action was about, for example "article:12" or "user:3".</summary>
    public string? Subject { get; set; }
    public string Details { get; set; } = "";
}
