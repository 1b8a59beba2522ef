using Byline.Accounts;
using Byline.Content;
using Byline.Outcomes;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Planning;

/// <summary>
/// Starts the story of an assignment: a draft made by the story editor (so through <c>Publishing</c>'s story factory,
/// with its first revision and audit entry) with the working headline, the section and the reporters' bylines, and
/// the assignment's link to it set in the same transaction. The transaction first claims the assignment with one guarded
/// UPDATE (only while its link is empty), so two starts at once make one story: the second waits, finds it taken and
/// leads to the first.
/// </summary>
public sealed class StoryStart(BylineDb db, ArticleEditor editor, AuditLog audit)
{
    /// <summary>Done with the story's id, whether this call made it or an earlier one did.</summary>
    public Task<Outcome<int>> StartAsync(int assignmentId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(async () =>
        {
            var assignment = await db.Assignments.AsNoTracking()
                .Where(a => a.Id == assignmentId)
                .Select(a => new
                {
                    a.WorkingHeadline,
                    a.SectionId,
                    a.ArticleId,
                    a.CancelledAt,
                    Reporters = a.Reporters.OrderBy(r => r.UserId).Select(r => new { r.UserId, r.User!.PersonId }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (assignment is null)
            {
                return Outcome.NotFound("There is no such assignment.").As<int>();
            }
            if (!PlanAccess.CanStart(actor, assignment.Reporters.Select(r => r.UserId)))
            {
                return Outcome.Forbidden("Only the reporters on this assignment, or an editor, can start its story.").As<int>();
            }
            if (assignment.ArticleId is { } existing)
            {
                return Outcome.Done(existing, "The story was started already: here it is.");
            }
            if (assignment.CancelledAt is not null)
            {
                return Outcome.Conflict("This assignment is cancelled. An editor can reopen it.").As<int>();
            }
            if (assignment.SectionId is not { } sectionId)
            {
                return Outcome.Conflict("This assignment has lost its section. An editor can choose another one first.").As<int>();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Claim the assignment before anything is written: the guarded UPDATE locks its row, so a second start at
            // the same moment waits here, then finds it taken and leads to the first one's story (on PostgreSQL it would
            // otherwise get as far as inserting a story with the same slug and fail on the unique index).
            var claimed = await db.Assignments.Where(a => a.Id == assignmentId && a.ArticleId == null && a.CancelledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                var started = await db.Assignments.Where(a => a.Id == assignmentId).Select(a => a.ArticleId).SingleAsync(cancellationToken);
                return started is { } theirs
                    ? Outcome.Done(theirs, "The story was started already: here it is.")
                    : Outcome.Conflict("This assignment was cancelled a moment ago. An editor can reopen it.").As<int>();
            }
            var draft = new ArticleDraft
            {
                Headline = assignment.WorkingHeadline,
                Slug = await FreeSlugAsync(assignment.WorkingHeadline, cancellationToken),
                Standfirst = "",
                Body = "",
                SectionId = sectionId,
                // Reporters without an author profile cannot stand in a byline; with none at all, the editor falls
                // back to the member who starts it.
                AuthorIds = [.. assignment.Reporters.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct()],
            };
            var write = await editor.WriteAsync(null, draft, actor, RevisionNotes.Save, skipIfUnchanged: false, cancellationToken);
            if (!write.Result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                return write.Result.As<int>();
            }
            var storyId = write.Result.Value!.ArticleId;
            await db.Assignments.Where(a => a.Id == assignmentId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ArticleId, storyId), cancellationToken);
            audit.Add(actor, AuditActions.AssignmentStarted, AssignmentDesk.Subject(assignmentId),
                $"Started “{assignment.WorkingHeadline}” as article:{storyId}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Done(storyId, "The story is started from the plan: a draft with the working headline, ready to write.");
        }, cancellationToken);
    }

    /// <summary>The working headline's slug, or the first of slug-2, slug-3, … that no story uses yet.</summary>
    private async Task<string> FreeSlugAsync(string headline, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(headline);
        if (slug.Length == 0)
        {
            slug = "story";
        }
        slug = slug[..Math.Min(slug.Length, Slugs.MaxLength - 6)].TrimEnd('-');
        var prefix = slug + "-";
        var taken = await db.Articles.Where(a => a.Slug == slug || a.Slug.StartsWith(prefix)).Select(a => a.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(slug))
        {
            return slug;
        }
        var number = 2;
        while (taken.Contains($"{prefix}{number}"))
        {
            number++;
        }
        return $"{prefix}{number}";
    }
}
