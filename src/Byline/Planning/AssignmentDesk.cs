using Byline.Accounts;
using Byline.Notifications;
using Byline.Outcomes;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Planning;

/// <summary>
/// Makes, changes, cancels and reopens assignments, for editors and admins. Each change is one transaction with its
/// audit entry and the notifications of the members it newly assigns; an edit made from an older version is refused.
/// </summary>
public sealed class AssignmentDesk(
    BylineDb db, AssignmentRules rules, AuditLog audit, NewsroomNotifications notifications, SiteTime time, TimeProvider clock)
{
    private const string NoSuchAssignment = "There is no such assignment.";
    private const string OnlyEditors = "Only editors and admins change the plan.";

    public Task<Outcome<int>> CreateAsync(AssignmentInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!PlanAccess.CanManage(actor))
        {
            return Task.FromResult(Outcome.Forbidden(OnlyEditors).As<int>());
        }
        return db.InRetryableUnitAsync(async () =>
        {
            var (errors, fields) = await rules.CheckAsync(input, [], cancellationToken);
            if (fields is null)
            {
                return Outcome.Invalid(errors).As<int>();
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var assignment = new Assignment
            {
                WorkingHeadline = fields.WorkingHeadline,
                CreatedById = actor.UserId,
                CreatedAt = clock.GetUtcNow(),
                Version = 1,
            };
            Apply(assignment, fields);
            db.Assignments.Add(assignment);
            // The id exists only once the row is stored; the audit entry and the notifications link to it.
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(actor, AuditActions.AssignmentCreated, Subject(assignment.Id), $"Assigned “{assignment.WorkingHeadline}”");
            Notify(assignment, fields.ReporterIds, actor);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Done(assignment.Id, $"“{assignment.WorkingHeadline}” is on the plan.");
        }, cancellationToken);
    }

    public Task<Outcome> UpdateAsync(int id, AssignmentInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!PlanAccess.CanManage(actor))
        {
            return Task.FromResult(Outcome.Forbidden(OnlyEditors));
        }
        return db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var assignment = await db.Assignments.Include(a => a.Reporters).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (assignment is null)
            {
                return Outcome.NotFound(NoSuchAssignment);
            }
            var before = assignment.Reporters.Select(r => r.UserId).ToList();
            var (errors, fields) = await rules.CheckAsync(input, before, cancellationToken);
            if (fields is null)
            {
                return Outcome.Invalid(errors);
            }
            if (assignment.Version != input.Version)
            {
                return Stale();
            }
            // The version the member opened is the one the UPDATE expects: a save in between makes it touch no row.
            db.Entry(assignment).Property(a => a.Version).OriginalValue = input.Version;
            assignment.Version = input.Version + 1;
            Apply(assignment, fields);
            var added = fields.ReporterIds.Except(before).ToList();
            audit.Add(actor, AuditActions.AssignmentEdited, Subject(id), $"Changed “{assignment.WorkingHeadline}”");
            Notify(assignment, added, actor);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Stale();
            }
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Done($"“{assignment.WorkingHeadline}” is saved.");
        }, cancellationToken);
    }

    /// <summary>Takes the assignment off the plan; it stays under the plan's "cancelled" filter and can be reopened.</summary>
    public Task<Outcome> CancelAsync(int id, Actor actor, CancellationToken cancellationToken) =>
        SetCancelledAsync(id, cancel: true, actor, cancellationToken);

    public Task<Outcome> ReopenAsync(int id, Actor actor, CancellationToken cancellationToken) =>
        SetCancelledAsync(id, cancel: false, actor, cancellationToken);

    private Task<Outcome> SetCancelledAsync(int id, bool cancel, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!PlanAccess.CanManage(actor))
        {
            return Task.FromResult(Outcome.Forbidden(OnlyEditors));
        }
        return db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var headline = await db.Assignments.Where(a => a.Id == id).Select(a => a.WorkingHeadline).SingleOrDefaultAsync(cancellationToken);
            if (headline is null)
            {
                return Outcome.NotFound(NoSuchAssignment);
            }
            var now = clock.GetUtcNow();
            // Guarded: cancelling twice (two editors, or a double click) changes and records it once.
            var changed = cancel
                ? await db.Assignments.Where(a => a.Id == id && a.CancelledAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.CancelledAt, now).SetProperty(a => a.Version, a => a.Version + 1), cancellationToken)
                : await db.Assignments.Where(a => a.Id == id && a.CancelledAt != null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.CancelledAt, (DateTimeOffset?)null).SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
            if (changed == 0)
            {
                return Outcome.Conflict(cancel ? $"“{headline}” is cancelled already." : $"“{headline}” is on the plan already.");
            }
            audit.Add(actor, cancel ? AuditActions.AssignmentCancelled : AuditActions.AssignmentReopened, Subject(id),
                cancel ? $"Cancelled “{headline}”" : $"Reopened “{headline}”");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Done(cancel ? $"“{headline}” is cancelled: it has left the plan." : $"“{headline}” is back on the plan.");
        }, cancellationToken);
    }

    /// <summary>The audit subject of an assignment.</summary>
    public static string Subject(int id) => $"assignment:{id}";

    private static void Apply(Assignment assignment, AssignmentFields fields)
    {
        assignment.WorkingHeadline = fields.WorkingHeadline;
        assignment.Brief = fields.Brief;
        assignment.SectionId = fields.SectionId;
        assignment.Deadline = fields.Deadline;
        assignment.PlannedAt = fields.PlannedAt;
        assignment.Reporters.RemoveAll(r => !fields.ReporterIds.Contains(r.UserId));
        foreach (var userId in fields.ReporterIds.Where(u => assignment.Reporters.TrueForAll(r => r.UserId != u)))
        {
            assignment.Reporters.Add(new AssignmentReporter { UserId = userId });
        }
    }

    private void Notify(Assignment assignment, IEnumerable<int> reporterIds, Actor actor) =>
        notifications.Add(NotificationKind.Assigned, reporterIds, actor,
            $"Assigned to you: “{assignment.WorkingHeadline}”, due {time.DateAndTime(assignment.Deadline)}",
            $"/newsroom/plan/{assignment.Id}");

    private static Outcome Stale() =>
        Outcome.Conflict("Someone else changed this assignment after you opened it. Open it again to see their changes, then make yours.");
}
