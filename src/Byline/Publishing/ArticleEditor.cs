using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Search;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Saves a story from the editor (and autosave, and revision restore): validates, renders the Markdown once, keeps a
/// revision, guards against overwriting a newer version, and records a 301 when a live story's address changes. A live
/// story's search entry is rewritten in the same transaction as the save, so readers never search an older text.
/// </summary>
public sealed class ArticleEditor(
    BylineDb db,
    StoryBodyRenderer renderer,
    SiteUrls urls,
    PublicCache cache,
    AuditLog audit,
    IArticleSearch search,
    RelatedStories related,
    TimeProvider clock)
{
    private readonly StoryRevisions _revisions = new(db);

    public Task<Outcome<StoryVersion>> SaveAsync(int? articleId, ArticleDraft draft, Actor actor, string revisionNote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var write = await WriteAsync(articleId, draft, actor, revisionNote, skipIfUnchanged: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (write.Evict is { } touched)
            {
                await cache.EvictStoryAsync(touched, cancellationToken);
            }
            return write.Result;
        }, cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="draft"/> inside the caller's transaction, which the caller commits (a conflict leaves the
    /// member's copy in it, a refusal leaves nothing) before it evicts <see cref="DraftWrite.Evict"/>. With
    /// <paramref name="skipIfUnchanged"/>, a draft that changes nothing writes no revision and keeps the version.
    /// </summary>
    internal async Task<DraftWrite> WriteAsync(int? articleId, ArticleDraft draft, Actor actor, string revisionNote, bool skipIfUnchanged, CancellationToken cancellationToken)
    {
        Article? article = null;
        DraftMerge? mergedWith = null;
        if (articleId is { } id)
        {
            article = await db.Articles
                .Include(a => a.Section)
                .Include(a => a.Authors)
                .Include(a => a.Tags)
                .AsSingleQuery()
                .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (article is null)
            {
                return DraftWrite.Refused(Outcome.NotFound("There is no such story.").As<StoryVersion>());
            }
            var own = ArticleAccess.IsOwn(actor, article.CreatedById, article.Authors.Select(a => a.PersonId));
            if (!ArticleAccess.CanEdit(actor, article.Status, own))
            {
                return DraftWrite.Refused(Outcome.Forbidden("Your role cannot edit this story.").As<StoryVersion>());
            }
            draft.Body = LineEndings.AsStored(draft.Body, article.BodyMarkdown);
            draft.Standfirst = LineEndings.AsStored(draft.Standfirst, article.Standfirst);
            if (article.Version != draft.Version)
            {
                // Someone saved since the member opened the story: their changes and the member's are merged against the
                // text the member opened; only changes that collide need the member.
                var merge = await MergeAsync(article, draft, cancellationToken);
                if (merge is not { IsClean: true })
                {
                    return await ConflictAsync(article, draft, actor, revisionNote, merge, cancellationToken);
                }
                draft = merge.Merged;
                mergedWith = merge;
            }
        }
        else
        {
            draft.Body = LineEndings.AsStored(draft.Body, null);
            draft.Standfirst = LineEndings.AsStored(draft.Standfirst, null);
        }

        var errors = await ValidateAsync(article, draft, actor, cancellationToken);
        if (errors.Count > 0)
        {
            return DraftWrite.Refused(Outcome.Invalid(errors).As<StoryVersion>());
        }

        var now = clock.GetUtcNow();
        var slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(draft.Headline!) : draft.Slug.Trim();
        var section = await db.Sections.SingleAsync(s => s.Id == draft.SectionId, cancellationToken);
        var before = article is null ? null : new
        {
            Path = article.PublishedAt is { } at ? urls.Article(article.Section.Slug, at, article.Slug) : null,
            article.Headline,
            article.Standfirst,
            article.BodyMarkdown,
            article.SectionId,
            Tags = article.Tags.Select(t => t.Id).ToList(),
            Authors = article.Authors.Select(a => a.PersonId).ToList(),
        };

        var rendered = await renderer.RenderAsync(draft.Body ?? "", cancellationToken);
        if (article is null)
        {
            article = StoryFactory.Create(new NewStory(draft.Headline!.Trim(), slug, draft.Body ?? "", rendered, ArticleStatus.Draft, now) { CreatedById = actor.UserId });
            db.AllArticles.Add(article);
        }
        article.Headline = draft.Headline!.Trim();
        article.Slug = slug;
        article.Standfirst = (draft.Standfirst ?? "").Trim();
        article.BodyMarkdown = draft.Body ?? "";
        article.BodyHtml = rendered.Html;
        article.WordCount = rendered.WordCount;
        article.ReadingMinutes = rendered.ReadingMinutes;
        article.SectionId = section.Id;
        article.Section = section;
        article.FeaturedImageId = draft.FeaturedImageId;
        article.SeoTitle = Blank(draft.SeoTitle);
        article.SeoDescription = Blank(draft.SeoDescription);
        article.CommentsOpen = draft.CommentsOpen;
        article.Kind = draft.Kind;
        article.Tags = await TagsNamedAsync(draft.TagNames, cancellationToken);
        SetAuthors(article, draft.AuthorIds.Count > 0 ? draft.AuthorIds : actor.PersonId is { } me ? [me] : []);
        if (skipIfUnchanged && before is not null && !db.ChangeTracker.HasChanges())
        {
            return new DraftWrite(Outcome.Done(new StoryVersion(article.Id, article.Version), "Saved."), article, null);
        }
        article.Version++;

        var isLive = article.Status == ArticleStatus.Published;
        if (isLive && before is not null && (before.Headline != article.Headline || before.Standfirst != article.Standfirst || before.BodyMarkdown != article.BodyMarkdown))
        {
            article.UpdatedAt = now;
        }
        if (before?.Path is { } oldPath && article.PublishedAt is { } publishedAt)
        {
            var newPath = urls.Article(section.Slug, publishedAt, article.Slug);
            await RecordOldPathAsync(article, oldPath, newPath, now, cancellationToken);
        }

        await _revisions.RecordAsync(article, actor, now, revisionNote, cancellationToken);
        var created = before is null ? audit.Add(actor, AuditActions.ArticleCreated, null, $"Created “{article.Headline}”") : null;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var newer = await db.Articles.AsNoTracking().Include(a => a.Tags).Include(a => a.Authors).AsSingleQuery()
                .SingleAsync(a => a.Id == article.Id, cancellationToken);
            return await ConflictAsync(newer, draft, actor, revisionNote, null, cancellationToken);
        }
        if (created is not null)
        {
            // The story's id exists only once it is stored.
            created.Subject = $"article:{article.Id}";
            await db.SaveChangesAsync(cancellationToken);
        }
        if (isLive)
        {
            await search.IndexAsync(article.Id, cancellationToken);
            // Its tags or section may have changed: its list, and the lists it now belongs to, follow.
            await related.RefreshWithNeighboursAsync(article.Id, cancellationToken);
        }
        if (before is not null && revisionNote == RevisionNotes.Save && actor.UserId is { } userId)
        {
            // The member's own Save (or move) carries what their pending copy held (restored into the form, or typed again
            // since); restoring an old revision does not, so it leaves the copy.
            await db.PendingCopies.Where(p => p.ArticleId == article.Id && p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        }

        var touched = isLive || before?.Path is not null
            ? new StoryCacheScope(
                article.Id,
                [article.SectionId, .. before is null ? [] : new[] { before.SectionId }],
                [.. article.Tags.Select(t => t.Id), .. before?.Tags ?? []],
                [.. article.Authors.Select(a => a.PersonId), .. before?.Authors ?? []])
            : null;
        return new DraftWrite(Outcome.Done(new StoryVersion(article.Id, article.Version) { Merge = mergedWith }, "Saved."), article, touched);
    }

    /// <summary>The member's form merged with the stored story, or null when the text they opened is not known.</summary>
    private async Task<DraftMerge?> MergeAsync(Article stored, ArticleDraft draft, CancellationToken cancellationToken)
    {
        if (draft.Version <= 0 || draft.Version > stored.Version)
        {
            return null;
        }
        var common = await _revisions.AtVersionAsync(stored.Id, draft.Version, cancellationToken);
        if (common is null)
        {
            return null;
        }
        var latest = await _revisions.LatestSavedAsync(stored.Id, cancellationToken);
        return StoryMerge.Of(common, stored, draft, latest);
    }

    private async Task<DraftWrite> ConflictAsync(Article newer, ArticleDraft draft, Actor actor, string revisionNote, DraftMerge? merge, CancellationToken cancellationToken)
    {
        // Only a member's own Save (or move) keeps their text: autosave would keep a copy every few seconds, and a
        // restored text is a revision already.
        var savedBy = await db.Revisions.Where(r => r.ArticleId == newer.Id).OrderByDescending(r => r.Number)
            .Select(r => r.SavedByName).FirstOrDefaultAsync(cancellationToken);
        if (revisionNote == RevisionNotes.Save)
        {
            await _revisions.KeepConflictingCopyAsync(newer, draft, actor, clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        return DraftWrite.Refused(Outcome.Conflict(new StoryVersion(newer.Id, newer.Version, newer, savedBy) { Merge = merge }, "Someone else saved this story after it was opened here."));
    }

    private async Task<Dictionary<string, string>> ValidateAsync(Article? article, ArticleDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(draft.Headline))
        {
            errors[nameof(ArticleDraft.Headline)] = "A headline is required.";
            return errors;
        }
        var slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(draft.Headline) : draft.Slug.Trim();
        if (!Slugs.IsWellFormed(slug))
        {
            errors[nameof(ArticleDraft.Slug)] = "The slug may hold only lowercase letters, digits and single hyphens, for example council-budget-vote.";
        }
        // A story in the trash keeps its slug: it may come back to its address.
        else if (await db.AllArticles.AnyAsync(a => a.Slug == slug && (article == null || a.Id != article.Id), cancellationToken))
        {
            errors[nameof(ArticleDraft.Slug)] = $"Another story already uses the slug “{slug}”. Choose another.";
        }
        if (!await db.Sections.AnyAsync(s => s.Id == draft.SectionId, cancellationToken))
        {
            errors[nameof(ArticleDraft.SectionId)] = "Choose a section.";
        }
        var tags = draft.TagNames;
        if (tags.Count > ArticleDraft.MaxTags)
        {
            errors[nameof(ArticleDraft.Tags)] = $"A story can carry at most {ArticleDraft.MaxTags} tags.";
        }
        else if (tags.FirstOrDefault(t => t.Length > 80 || Slugs.From(t).Length == 0) is { } badTag)
        {
            errors[nameof(ArticleDraft.Tags)] = $"The tag “{(badTag.Length > 40 ? badTag[..40] + "…" : badTag)}” needs letters or digits and at most 80 characters.";
        }
        var authorIds = draft.AuthorIds.Distinct().ToList();
        if (authorIds.Count == 0 && actor.PersonId is null)
        {
            errors[nameof(ArticleDraft.AuthorIds)] = "Choose at least one author.";
        }
        else if (authorIds.Count > ArticleDraft.MaxAuthors)
        {
            errors[nameof(ArticleDraft.AuthorIds)] = $"A story can have at most {ArticleDraft.MaxAuthors} authors in its byline.";
        }
        else if (authorIds.Count > 0 && await db.People.CountAsync(p => authorIds.Contains(p.Id), cancellationToken) != authorIds.Count)
        {
            errors[nameof(ArticleDraft.AuthorIds)] = "One of the chosen authors no longer exists.";
        }
        if (!Enum.IsDefined(draft.Kind))
        {
            errors[nameof(ArticleDraft.Kind)] = "Choose the story's type from the list.";
        }
        if (draft.FeaturedImageId is { } imageId && !await db.MediaItems.AnyAsync(m => m.Id == imageId, cancellationToken))
        {
            errors[nameof(ArticleDraft.FeaturedImageId)] = "The chosen image is no longer in the media library.";
        }
        return errors;
    }

    private async Task<List<Tag>> TagsNamedAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => (Name: n, Slug: Slugs.From(n))).DistinctBy(t => t.Slug).ToList();
        var slugs = wanted.Select(t => t.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        return wanted.Select(t => existing.TryGetValue(t.Slug, out var tag) ? tag : new Tag { Name = t.Name, Slug = t.Slug }).ToList();
    }

    private static void SetAuthors(Article article, IReadOnlyList<int> personIds)
    {
        var ordered = personIds.Distinct().ToList();
        article.Authors.RemoveAll(a => !ordered.Contains(a.PersonId));
        for (var position = 0; position < ordered.Count; position++)
        {
            var existing = article.Authors.FirstOrDefault(a => a.PersonId == ordered[position]);
            if (existing is null)
            {
                article.Authors.Add(new ArticleAuthor { PersonId = ordered[position], Position = position });
            }
            else
            {
                existing.Position = position;
            }
        }
    }

    private async Task RecordOldPathAsync(Article article, string oldPath, string newPath, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The new address must never redirect away from itself, and the old one points here forever.
        await db.ArticleRedirects.Where(r => r.Path == newPath).ExecuteDeleteAsync(cancellationToken);
        if (oldPath != newPath && !await db.ArticleRedirects.AnyAsync(r => r.Path == oldPath, cancellationToken))
        {
            db.ArticleRedirects.Add(new ArticleRedirect { Path = oldPath, Article = article, CreatedAt = now });
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
