using Byline.Storage;

namespace Byline.Accounts;

/// <summary>Appends to the audit log. There is deliberately no method to change or remove an entry.</summary>
public sealed class AuditLog(BylineDb db, TimeProvider clock)
{
    /// <summary>Adds the entry to the current unit of work: it is saved with the change it records, or not at all.</summary>
    public AuditEntry Add(Actor actor, string action, string? subject, string details = "")
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Action = action,
            Subject = subject,
            Details = details.Length > 4000 ? details[..4000] : details,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task RecordAsync(Actor actor, string action, string? subject, string details, CancellationToken cancellationToken)
    {
        Add(actor, action, subject, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
