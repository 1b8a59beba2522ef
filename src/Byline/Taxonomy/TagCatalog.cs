using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Search;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Taxonomy;

/// <summary>
/// Renames and merges tags. A changed tag address leaves a 301 behind, and the stories that carry the tag get a new
/// version, so that an editor form opened before the change ends in a conflict instead of silently bringing the old
/// tag back. Tag names are part of the search index: the stories of a renamed or merged tag are reindexed in the same
/// transaction.
/// </summary>
public sealed class TagCatalog(BylineDb db, MovedPaths movedPaths, PublicCache cache, AuditLog audit, IArticleSearch search, TimeProvider clock)
{
    public const int NameMaxLength = 80;
    public const int SlugMaxLength = 80;
    private const string ArticleTags = "ArticleTags";

    public Task<Outcome> RenameAsync(int id, TagInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(() => RenameUnitAsync(id, input, actor, cancellationToken), cancellationToken);
    }

    private async Task<Outcome> RenameUnitAsync(int id, TagInput input, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return Outcome.NotFound("There is no such tag.");
        }
        var errors = await ValidateAsync(input, tag, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var name = input.Name!.Trim();
        var slug = SlugOf(input);
        var changes = new List<string>();
        if (tag.Name != name)
        {
            changes.Add($"name “{tag.Name}” → “{name}”");
        }
        if (tag.Slug != slug)
        {
            changes.Add($"slug {tag.Slug} → {slug}");
            await movedPaths.MoveAsync(new Dictionary<string, string> { [SiteUrls.Tag(tag.Slug)] = SiteUrls.Tag(slug) }, clock.GetUtcNow(), cancellationToken);
        }
        if (changes.Count == 0)
        {
            return Outcome.Done($"Nothing changed in “{name}”.");
        }

        var slugChanged = tag.Slug != slug;
        var nameChanged = tag.Name != name;
        audit.Add(actor, AuditActions.TagChanged, Subject(tag.Id), $"Tag “{tag.Name}”: {string.Join("; ", changes)}");
        tag.Name = name;
        tag.Slug = slug;
        await TouchStoriesAsync(tag.Id, cancellationToken);
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return Collided();
        }
        if (nameChanged)
        {
            await search.IndexAsync(await PublishedStoriesTaggedAsync(tag.Id, cancellationToken), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        await EvictAsync([tag.Id], cancellationToken);
        return Outcome.Done(slugChanged
            ? $"The tag “{name}” was saved. Its old address now redirects to {SiteUrls.Tag(slug)}."
            : $"The tag “{name}” was saved.");
    }

    /// <summary>
    /// Gives every story tagged <paramref name="id"/> the tag named by <paramref name="into"/> (its slug or exact name)
    /// instead, deletes the first tag, and sends its address to the second.
    /// </summary>
    public Task<Outcome> MergeAsync(int id, string? into, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(() => MergeUnitAsync(id, into, actor, cancellationToken), cancellationToken);
    }

    private async Task<Outcome> MergeUnitAsync(int id, string? into, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var from = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (from is null)
        {
            return Outcome.NotFound("There is no such tag.");
        }
        var wanted = (into ?? "").Trim();
        if (wanted.Length == 0)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Into"] = "Name the tag to merge into, by its slug or its exact name." });
        }
        var bySlug = Slugs.From(wanted);
        var target = await db.Tags.FirstOrDefaultAsync(t => t.Slug == wanted, cancellationToken)
            ?? await db.Tags.FirstOrDefaultAsync(t => t.Name == wanted, cancellationToken)
            ?? await db.Tags.FirstOrDefaultAsync(t => t.Slug == bySlug, cancellationToken);
        if (target is null)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Into"] = $"There is no tag “{Shorten(wanted)}”. Give the slug or the exact name of an existing tag." });
        }
        if (target.Id == from.Id)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Into"] = "A tag cannot be merged into itself. Choose another tag." });
        }

        var joins = db.Set<Dictionary<string, object>>(ArticleTags);
        var storyIds = await joins.Where(j => EF.Property<int>(j, "TagId") == from.Id)
            .Select(j => EF.Property<int>(j, "ArticleId")).ToListAsync(cancellationToken);
        var alreadyTagged = await joins.Where(j => EF.Property<int>(j, "TagId") == target.Id && storyIds.Contains(EF.Property<int>(j, "ArticleId")))
            .Select(j => EF.Property<int>(j, "ArticleId")).ToListAsync(cancellationToken);
        foreach (var storyId in storyIds.Except(alreadyTagged))
        {
            joins.Add(new Dictionary<string, object> { ["ArticleId"] = storyId, ["TagId"] = target.Id });
        }
        await TouchStoriesAsync(from.Id, cancellationToken);
        await movedPaths.MoveAsync(new Dictionary<string, string> { [SiteUrls.Tag(from.Slug)] = SiteUrls.Tag(target.Slug) }, clock.GetUtcNow(), cancellationToken);
        audit.Add(actor, AuditActions.TagChanged, Subject(from.Id),
            $"Merged tag “{from.Name}” ({from.Slug}, {Stories(storyIds.Count)}) into “{target.Name}” ({target.Slug})");
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return Collided();
        }
        await joins.Where(j => EF.Property<int>(j, "TagId") == from.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Tags.Where(t => t.Id == from.Id).ExecuteDeleteAsync(cancellationToken);
        await search.IndexAsync(storyIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await EvictAsync([from.Id, target.Id], cancellationToken);
        return Outcome.Done(
            $"“{from.Name}” was merged into “{target.Name}”: {Stories(storyIds.Count)} moved, and {SiteUrls.Tag(from.Slug)} now redirects to {SiteUrls.Tag(target.Slug)}.");
    }

    private async Task<Dictionary<string, string>> ValidateAsync(TagInput input, Tag current, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var name = (input.Name ?? "").Trim();
        var slug = SlugOf(input);
        if (name.Length == 0)
        {
            errors[nameof(TagInput.Name)] = "Give the tag a name.";
        }
        else if (name.Length > NameMaxLength)
        {
            errors[nameof(TagInput.Name)] = $"A tag name can be at most {NameMaxLength} characters long.";
        }
        else if (await db.Tags.AnyAsync(t => t.Name == name && t.Id != current.Id, cancellationToken))
        {
            errors[nameof(TagInput.Name)] = $"Another tag is already called “{name}”. To bring the two together, merge this tag into it.";
        }

        if (slug.Length == 0)
        {
            errors[nameof(TagInput.Slug)] = "Give the tag a slug: lowercase letters, digits and single hyphens, for example night-trams.";
        }
        else if (slug.Length > SlugMaxLength)
        {
            errors[nameof(TagInput.Slug)] = $"A tag slug can be at most {SlugMaxLength} characters long.";
        }
        else if (!Slugs.IsWellFormed(slug))
        {
            errors[nameof(TagInput.Slug)] = $"“{Shorten(slug)}” is not a slug: use only lowercase letters, digits and single hyphens, for example {(Slugs.From(slug) is { Length: > 0 } s ? s : "night-trams")}.";
        }
        else if (await db.Tags.Where(t => t.Slug == slug && t.Id != current.Id).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            errors[nameof(TagInput.Slug)] = $"The tag “{other}” already uses the slug “{slug}”. To bring the two together, merge this tag into it.";
        }
        return errors;
    }

    private Task<List<int>> PublishedStoriesTaggedAsync(int tagId, CancellationToken cancellationToken) =>
        db.Articles.Published().Where(a => a.Tags.Any(t => t.Id == tagId)).Select(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Stories carrying the tag changed: a form opened on an older version must not bring the old tag back.</summary>
    private Task<int> TouchStoriesAsync(int tagId, CancellationToken cancellationToken) =>
        db.Articles.Where(a => a.Tags.Any(t => t.Id == tagId))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);

    /// <summary>The tag pages and the story pages that show them (both carry the tag's cache tag), feeds (categories) and sitemaps.</summary>
    private async Task EvictAsync(IEnumerable<int> tagIds, CancellationToken cancellationToken)
    {
        foreach (var tag in tagIds.Select(CacheTags.Tag).Append(CacheTags.Feeds).Append(CacheTags.Sitemaps))
        {
            await cache.EvictAsync(tag, cancellationToken);
        }
    }

    private static Outcome Collided() =>
        Outcome.Conflict("Someone changed the tags at the same moment, so nothing was saved. Look at the tag again and retry.");

    private static string SlugOf(TagInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From((input.Name ?? "").Trim()) : input.Slug.Trim();

    private static string Stories(int count) => count == 1 ? "1 story" : string.Create(CultureInfo.InvariantCulture, $"{count} stories");

    private static string Subject(int id) => string.Create(CultureInfo.InvariantCulture, $"tag:{id}");

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
