namespace Byline.Areas.Newsroom.Pages.Audit;

/// <summary>One entry as the audit page lists it.</summary>
public sealed record AuditRow(long Id, DateTimeOffset At, int? ActorId, string ActorName, string Action, string? Subject, string Details);
