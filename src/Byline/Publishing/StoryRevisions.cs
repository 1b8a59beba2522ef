using System.Globalization;
using Byline.Accounts;
using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Keeps a story's revisions as the editor saves it: one per save, one rolling revision for a run of autosaves, and a
/// copy of a member's text that met a newer version, so that neither side of a conflict is lost.
/// </summary>
internal sealed class StoryRevisions(BylineDb db)
{
    /// <summary>Autosaves by the same person within this window update one revision instead of adding many.</summary>
    public static readonly TimeSpan AutosaveCoalescing = TimeSpan.FromMinutes(10);

    /// <summary>Adds to the unit of work a revision holding <paramref name="article"/> as it is about to be saved.</summary>
    public async Task RecordAsync(Article article, Actor actor, DateTimeOffset now, string note, CancellationToken cancellationToken)
    {
        var revision = note == RevisionNotes.Autosave && article.Id != 0 ? await RollingAutosaveAsync(article.Id, actor, now, cancellationToken) : null;
        revision ??= await AddAsync(article, actor, cancellationToken);
        revision.Headline = article.Headline;
        revision.Slug = article.Slug;
        revision.Standfirst = article.Standfirst;
        revision.BodyMarkdown = article.BodyMarkdown;
        revision.SectionId = article.SectionId;
        revision.Tags = string.Join(", ", article.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase));
        revision.AuthorIds = AuthorList(article.Authors.OrderBy(a => a.Position).Select(a => a.PersonId));
        revision.SeoTitle = article.SeoTitle;
        revision.SeoDescription = article.SeoDescription;
        revision.FeaturedImageId = article.FeaturedImageId;
        revision.CommentsOpen = article.CommentsOpen;
        revision.Kind = article.Kind;
        revision.Version = article.Version;
        Stamp(revision, actor, now, note);
    }

    /// <summary>
    /// Adds to the unit of work the member's <paramref name="draft"/>, which was not saved over the newer
    /// <paramref name="stored"/> version, as a revision marked as the conflicting copy: Revisions compares and restores it.
    /// </summary>
    public async Task KeepConflictingCopyAsync(Article stored, ArticleDraft draft, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var revision = await AddAsync(stored, actor, cancellationToken);
        revision.Headline = (draft.Headline ?? "").Trim();
        revision.Slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(revision.Headline) : draft.Slug.Trim();
        revision.Standfirst = (draft.Standfirst ?? "").Trim();
        revision.BodyMarkdown = draft.Body ?? "";
        revision.SectionId = draft.SectionId;
        revision.Tags = string.Join(", ", draft.TagNames.Order(StringComparer.OrdinalIgnoreCase));
        revision.AuthorIds = AuthorList(draft.AuthorIds.Distinct());
        revision.SeoTitle = draft.SeoTitle;
        revision.SeoDescription = draft.SeoDescription;
        revision.FeaturedImageId = draft.FeaturedImageId;
        revision.CommentsOpen = draft.CommentsOpen;
        revision.Kind = draft.Kind;
        Stamp(revision, actor, now, RevisionNotes.ConflictingCopy(stored.Version));
    }

    /// <summary>
    /// The text the story had at <paramref name="version"/>: the latest revision saved at or before it (a workflow move
    /// raises the version without a revision). Null when no revision knows its version (kept before versions were).
    /// </summary>
    public Task<Revision?> AtVersionAsync(int articleId, int version, CancellationToken cancellationToken) =>
        db.Revisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.Version != null && r.Version <= version)
            .OrderByDescending(r => r.Version).ThenByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Who saved the story's current text, and when: its latest revision that holds a version.</summary>
    public Task<Revision?> LatestSavedAsync(int articleId, CancellationToken cancellationToken) =>
        db.Revisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.Version != null)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<Revision?> RollingAutosaveAsync(int articleId, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var latest = await db.Revisions.Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        return latest is { Note: RevisionNotes.Autosave } && latest.SavedById == actor.UserId && latest.SavedAt >= now - AutosaveCoalescing ? latest : null;
    }

    private async Task<Revision> AddAsync(Article article, Actor actor, CancellationToken cancellationToken)
    {
        var last = article.Id == 0 ? 0 : await db.Revisions.Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var revision = new Revision { Number = last + 1, Headline = "", Slug = "", SavedByName = actor.Name };
        if (article.Id == 0)
        {
            revision.Article = article;
        }
        else
        {
            // By key only: a conflicting copy may be kept against a story this unit read without tracking.
            revision.ArticleId = article.Id;
        }
        db.Revisions.Add(revision);
        return revision;
    }

    private static void Stamp(Revision revision, Actor actor, DateTimeOffset now, string note)
    {
        revision.SavedById = actor.UserId;
        revision.SavedByName = actor.Name;
        revision.SavedAt = now;
        revision.Note = note;
    }

    private static string AuthorList(IEnumerable<int> personIds) => string.Join(',', personIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
