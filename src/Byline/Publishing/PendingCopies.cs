using System.Globalization;
using Byline.Accounts;
using Byline.Content;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Autosave of scheduled and published stories: the member's edits are kept beside the story (one copy per story and
/// member), never on the live page, until they save the story for real (<see cref="ArticleEditor"/> then deletes the
/// copy) or discard it.
/// </summary>
public sealed class PendingCopies(BylineDb db, TimeProvider clock)
{
    public async Task<Outcome<PendingCopy>> KeepAsync(int articleId, ArticleDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is not { } userId)
        {
            return Outcome.Forbidden("Only a newsroom member's edits can be kept.").As<PendingCopy>();
        }
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Status, a.CreatedById, Authors = a.Authors.Select(x => x.PersonId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return Outcome.NotFound("There is no such story.").As<PendingCopy>();
        }
        if (!ArticleAccess.CanEdit(actor, story.Status, ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors)))
        {
            return Outcome.Forbidden("Your role cannot edit this story.").As<PendingCopy>();
        }
        if (draft.AuthorIds.Distinct().Count() > ArticleDraft.MaxAuthors)
        {
            return Outcome.Invalid($"A story can have at most {ArticleDraft.MaxAuthors} authors in its byline.").As<PendingCopy>();
        }

        // Two autosaves of one member can cross (two tabs): the second finds the first's row and updates it.
        for (var attempt = 0; ; attempt++)
        {
            var copy = await db.PendingCopies.SingleOrDefaultAsync(p => p.ArticleId == articleId && p.UserId == userId, cancellationToken);
            if (copy is null)
            {
                copy = new PendingCopy { ArticleId = articleId, UserId = userId, Headline = "" };
                db.PendingCopies.Add(copy);
            }
            Fill(copy, draft, clock.GetUtcNow());
            if (await db.TrySaveUniqueAsync(cancellationToken))
            {
                return Outcome.Done(copy, "Kept.");
            }
            if (attempt > 0)
            {
                return Outcome.Conflict("Your changes could not be kept just now; they are still in the form.").As<PendingCopy>();
            }
        }
    }

    public Task<PendingCopy?> FindAsync(int articleId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.PendingCopies.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ArticleId == articleId && p.UserId == actor.UserId, cancellationToken);
    }

    /// <summary>Deletes the member's copy of the story; false when there was none.</summary>
    public async Task<bool> DiscardAsync(int articleId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await db.PendingCopies.Where(p => p.ArticleId == articleId && p.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The copy as the editor's form: at the version it was written from, so saving it merges with later saves.</summary>
    public static ArticleDraft DraftOf(PendingCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return new ArticleDraft
        {
            Headline = copy.Headline,
            Slug = copy.Slug,
            Standfirst = copy.Standfirst,
            Body = copy.BodyMarkdown,
            SectionId = copy.SectionId,
            Tags = copy.Tags,
            AuthorIds = copy.AuthorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList(),
            FeaturedImageId = copy.FeaturedImageId,
            SeoTitle = copy.SeoTitle,
            SeoDescription = copy.SeoDescription,
            CommentsOpen = copy.CommentsOpen,
            Kind = copy.Kind,
            Version = copy.BaseVersion,
        };
    }

    private static void Fill(PendingCopy copy, ArticleDraft draft, DateTimeOffset now)
    {
        copy.BaseVersion = draft.Version;
        copy.Headline = (draft.Headline ?? "").Trim();
        copy.Slug = (draft.Slug ?? "").Trim();
        copy.Standfirst = draft.Standfirst ?? "";
        copy.BodyMarkdown = draft.Body ?? "";
        copy.SectionId = draft.SectionId;
        copy.Tags = draft.Tags ?? "";
        copy.AuthorIds = string.Join(',', draft.AuthorIds.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)));
        copy.SeoTitle = draft.SeoTitle;
        copy.SeoDescription = draft.SeoDescription;
        copy.FeaturedImageId = draft.FeaturedImageId;
        copy.CommentsOpen = draft.CommentsOpen;
        copy.Kind = draft.Kind;
        copy.SavedAt = now;
    }
}
