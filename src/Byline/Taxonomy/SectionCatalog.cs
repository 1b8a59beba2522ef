using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Search;
using Byline.Site;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Taxonomy;

/// <summary>
/// Creates, edits, orders and deletes sections. A section's slug is the first segment of its stories' URLs, so a
/// changed slug leaves 301s behind for the section page and its feeds (stories redirect by themselves), and every
/// change evicts every public page, since every page shows the section navigation. A section's name is part of the
/// search index: renaming one reindexes its published stories in the same transaction.
/// </summary>
public sealed class SectionCatalog(
    BylineDb db,
    SectionRules rules,
    MovedPaths movedPaths,
    SectionDirectory directory,
    PublicCache cache,
    AuditLog audit,
    IArticleSearch search,
    TimeProvider clock)
{
    public const int NameMaxLength = 80;
    public const int SlugMaxLength = 80;
    public const int DescriptionMaxLength = 500;

    private const string NoSuchSection = "There is no such section.";

    public Task<Outcome> CreateAsync(SectionInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(() => CreateUnitAsync(input, actor, cancellationToken), cancellationToken);
    }

    private async Task<Outcome> CreateUnitAsync(SectionInput input, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sections = await InOrderAsync(cancellationToken);
        var pageSlugs = await PageSlugsAsync(cancellationToken);
        var errors = rules.Check(input, null, sections, pageSlugs, out var name, out var slug);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var section = new Section { Name = name, Slug = slug, Description = (input.Description ?? "").Trim() };
        db.Sections.Add(section);
        Place(sections, section, input.Position ?? sections.Count + 1);
        // The address may once have belonged to a section that moved on; it is a live page again.
        await movedPaths.ReleaseAsync([.. PathsOf(slug).Values], cancellationToken);
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return Collided();
        }
        audit.Add(actor, AuditActions.SectionChanged, Subject(section.Id),
            $"Created section “{name}” at {SiteUrls.Section(slug)}, position {section.Position}");
        return await CommitAsync(transaction, () => Outcome.Done($"The section “{name}” was created."), cancellationToken);
    }

    public Task<Outcome> UpdateAsync(int id, SectionInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(() => UpdateUnitAsync(id, input, actor, cancellationToken), cancellationToken);
    }

    private async Task<Outcome> UpdateUnitAsync(int id, SectionInput input, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sections = await InOrderAsync(cancellationToken);
        var section = sections.FirstOrDefault(s => s.Id == id);
        if (section is null)
        {
            return Outcome.NotFound(NoSuchSection);
        }
        var pageSlugs = await PageSlugsAsync(cancellationToken);
        var errors = rules.Check(input, section, sections, pageSlugs, out var name, out var slug);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var changes = new List<string>();
        var description = (input.Description ?? "").Trim();
        var oldPosition = sections.IndexOf(section) + 1;
        var renamed = section.Name != name;
        if (renamed)
        {
            changes.Add($"name “{section.Name}” → “{name}”");
        }
        var slugChanged = section.Slug != slug;
        if (slugChanged)
        {
            changes.Add($"slug {section.Slug} → {slug}");
            var from = PathsOf(section.Slug);
            var to = PathsOf(slug);
            await movedPaths.MoveAsync(from.ToDictionary(p => p.Value, p => to[p.Key]), clock.GetUtcNow(), cancellationToken);
        }
        if (section.Description != description)
        {
            changes.Add("description changed");
        }
        section.Name = name;
        section.Slug = slug;
        section.Description = description;
        Place(sections, section, input.Position ?? oldPosition);
        if (section.Position != oldPosition)
        {
            changes.Add($"position {oldPosition} → {section.Position}");
        }
        if (changes.Count == 0)
        {
            return Outcome.Done($"Nothing changed in “{name}”.");
        }

        audit.Add(actor, AuditActions.SectionChanged, Subject(section.Id), $"Section “{name}”: {string.Join("; ", changes)}");
        var message = slugChanged
            ? $"The section “{name}” was saved. Its old address now redirects to {SiteUrls.Section(slug)}."
            : $"The section “{name}” was saved.";
        return await CommitAsync(transaction, () => Outcome.Done(message), cancellationToken, reindexSection: renamed ? section.Id : null);
    }

    /// <summary>Moves a section one place up (towards the front of the navigation) or down.</summary>
    public Task<Outcome> MoveAsync(int id, bool up, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(() => MoveUnitAsync(id, up, actor, cancellationToken), cancellationToken);
    }

    private async Task<Outcome> MoveUnitAsync(int id, bool up, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sections = await InOrderAsync(cancellationToken);
        var section = sections.FirstOrDefault(s => s.Id == id);
        if (section is null)
        {
            return Outcome.NotFound(NoSuchSection);
        }
        var from = sections.IndexOf(section) + 1;
        var to = up ? from - 1 : from + 1;
        if (to < 1 || to > sections.Count)
        {
            return Outcome.Invalid(up ? $"“{section.Name}” is already first." : $"“{section.Name}” is already last.");
        }
        Place(sections, section, to);
        audit.Add(actor, AuditActions.SectionChanged, Subject(section.Id), $"Section “{section.Name}”: position {from} → {to}");
        return await CommitAsync(transaction, () => Outcome.Done($"“{section.Name}” moved {(up ? "up" : "down")}."), cancellationToken);
    }

    /// <summary>Deletes a section that holds no story at all (drafts included): stories must never lose their section.</summary>
    public Task<Outcome> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.InRetryableUnitAsync(() => DeleteUnitAsync(id, actor, cancellationToken), cancellationToken);
    }

    private async Task<Outcome> DeleteUnitAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sections = await InOrderAsync(cancellationToken);
        var section = sections.FirstOrDefault(s => s.Id == id);
        if (section is null)
        {
            return Outcome.NotFound(NoSuchSection);
        }
        // Stories in the trash count too: they still belong to the section and come back to it when restored.
        var stories = await db.AllArticles.CountAsync(a => a.SectionId == id, cancellationToken);
        if (stories > 0)
        {
            return Outcome.Conflict(
                $"“{section.Name}” still holds {stories} {(stories == 1 ? "story" : "stories")} (drafts, unpublished ones and those in the trash included). " +
                "Move them to another section first; a section can only be deleted when it is empty.");
        }

        db.Sections.Remove(section);
        sections.Remove(section);
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].Position = i + 1;
        }
        await movedPaths.ForgetTargetsAsync([.. PathsOf(section.Slug).Values], cancellationToken);
        audit.Add(actor, AuditActions.SectionChanged, Subject(section.Id), $"Deleted section “{section.Name}” ({SiteUrls.Section(section.Slug)})");
        return await CommitAsync(transaction, () => Outcome.Done($"The section “{section.Name}” was deleted."), cancellationToken);
    }

    /// <summary>The reasons a change would be refused, without making it: for a form that has other problems too.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CheckAsync(int? id, SectionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sections = await db.Sections.AsNoTracking().ToListAsync(cancellationToken);
        var pageSlugs = await PageSlugsAsync(cancellationToken);
        return rules.Check(input, sections.Find(s => s.Id == id), sections, pageSlugs, out _, out _);
    }

    /// <summary>The slugs of the static pages: a section may not take one, since both live at <c>/{slug}</c>.</summary>
    private Task<List<string>> PageSlugsAsync(CancellationToken cancellationToken) =>
        db.StaticPages.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken);

    /// <summary>The public paths of a section: its page and its three feeds, keyed by what they are.</summary>
    public static IReadOnlyDictionary<string, string> PathsOf(string slug) =>
        new Dictionary<string, string>
        {
            ["page"] = SiteUrls.Section(slug),
            [nameof(FeedFormat.Rss)] = SiteUrls.SectionFeed(slug, FeedFormat.Rss),
            [nameof(FeedFormat.Atom)] = SiteUrls.SectionFeed(slug, FeedFormat.Atom),
            [nameof(FeedFormat.Json)] = SiteUrls.SectionFeed(slug, FeedFormat.Json),
        };

    /// <summary>Puts <paramref name="section"/> at <paramref name="position"/> (1-based, clamped) and numbers all sections 1..n.</summary>
    private static void Place(List<Section> sections, Section section, int position)
    {
        sections.Remove(section);
        sections.Insert(Math.Clamp(position, 1, sections.Count + 1) - 1, section);
        for (var i = 0; i < sections.Count; i++)
        {
            sections[i].Position = i + 1;
        }
    }

    private Task<List<Section>> InOrderAsync(CancellationToken cancellationToken) =>
        db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    private async Task<Outcome> CommitAsync(
        IDbContextTransaction transaction, Func<Outcome> done, CancellationToken cancellationToken, int? reindexSection = null)
    {
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return Collided();
        }
        if (reindexSection is { } sectionId)
        {
            var stories = await db.Articles.Published().Where(a => a.SectionId == sectionId).Select(a => a.Id).ToListAsync(cancellationToken);
            await search.IndexAsync(stories, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        directory.Forget();
        await cache.EvictEverythingAsync(cancellationToken);
        return done();
    }

    private static Outcome Collided() =>
        Outcome.Conflict("Someone changed the sections at the same moment, so nothing was saved. Look at the list again and retry.");

    private static string Subject(int id) => string.Create(CultureInfo.InvariantCulture, $"section:{id}");
}
