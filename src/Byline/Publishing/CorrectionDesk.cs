using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Notifications;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Adds a public correction to a published story: a dated note in its corrections box, in its structured data and on
/// /corrections. The story's update date moves with it.
/// </summary>
public sealed class CorrectionDesk(BylineDb db, AuditLog audit, StoryNotifications notifications, PublicCache cache, TimeProvider clock)
{
    public const string AllCorrectionsTag = "corrections";

    public async Task<Outcome> AddAsync(int articleId, string? text, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ArticleAccess.CanCorrect(actor))
        {
            return Outcome.Forbidden("Only editors and admins can add corrections.");
        }
        var note = (text ?? "").Trim();
        if (note.Length == 0)
        {
            return Outcome.Invalid("Write the correction: what was wrong and what is right.");
        }
        if (note.Length > Correction.TextMaxLength)
        {
            return Outcome.Invalid($"A correction can be at most {Correction.TextMaxLength:N0} characters long.");
        }

        var article = await db.Articles.Include(a => a.Authors).Include(a => a.Tags).AsSingleQuery().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return Outcome.NotFound("There is no such story.");
        }
        if (article.Status != ArticleStatus.Published)
        {
            return Outcome.Conflict("Corrections are for published stories; edit a draft instead.");
        }

        var now = clock.GetUtcNow();
        db.Corrections.Add(new Correction { ArticleId = article.Id, Text = note, CreatedAt = now, CreatedById = actor.UserId });
        article.UpdatedAt = now;
        article.Version++;
        audit.Add(actor, AuditActions.CorrectionAdded, $"article:{article.Id}", note);
        await notifications.StageAsync(NotificationKind.StoryCorrected, article.Id, actor,
            $"{actor.Name} added a correction to “{article.Headline}”: {note}", alsoToReviewers: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await cache.EvictStoryAsync(new StoryCacheScope(article.Id, [article.SectionId], article.Tags.Select(t => t.Id).ToList(),
            article.Authors.Select(a => a.PersonId).ToList()), cancellationToken);
        await cache.EvictAsync(AllCorrectionsTag, cancellationToken);
        return Outcome.Done("The correction is published with the story.");
    }
}
