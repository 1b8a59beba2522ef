using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Creates, edits and deletes the static pages. The body goes through the story body renderer, so a page is exactly as
/// safe as a story. A page lives at <c>/{slug}</c> beside the sections, so its slug may be neither a section's nor one
/// the site answers at itself. Each change is audited; the page's own tag is evicted, and every public page when the
/// change shows beyond the page (its title or address in a menu, its kind in the organisation's JSON-LD).
/// </summary>
public sealed class StaticPageEditor(
    BylineDb db, StoryBodyRenderer renderer, ReservedSlugs reserved, AuditLog audit, PublicCache cache, SiteMenus menus, TimeProvider clock)
{
    private const string NoSuchPage = "There is no such page: it may have been deleted.";
    private const string NewerVersion = "Someone else saved this page while you were editing it.";

    public async Task<Outcome<StaticPage>> CreateAsync(StaticPageInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = await ValidateAsync(input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).As<StaticPage>();
        }
        var now = clock.GetUtcNow();
        var page = new StaticPage { Title = "", Slug = "", CreatedAt = now };
        await FillAsync(page, input, now, cancellationToken);
        db.StaticPages.Add(page);
        audit.Add(actor, AuditActions.StaticPageChanged, "page",
            $"Created page “{page.Title}” at /{page.Slug} ({Describe(page.Kind)}, {(page.Published ? "published" : "not published")})");
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return SlugTaken(page.Slug).As<StaticPage>();
        }
        menus.Forget();
        await cache.EvictEverythingAsync(cancellationToken);
        return Outcome.Done(page, page.Published
            ? $"The page “{page.Title}” was created and is live at /{page.Slug}."
            : $"The page “{page.Title}” was created. It is not published yet.");
    }

    public async Task<Outcome<StaticPage>> SaveAsync(int id, StaticPageInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var page = await db.StaticPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound(NoSuchPage).As<StaticPage>();
        }
        if (page.Version != input.Version)
        {
            return Outcome.Conflict(page, NewerVersion);
        }
        var errors = await ValidateAsync(input, page, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).As<StaticPage>();
        }

        var before = new { page.Title, page.Slug, page.Kind, page.Description, page.BodyMarkdown, page.Published };
        await FillAsync(page, input, clock.GetUtcNow(), cancellationToken);
        var changes = new List<string>();
        if (before.Title != page.Title) { changes.Add($"title “{before.Title}” → “{page.Title}”"); }
        if (before.Slug != page.Slug) { changes.Add($"address /{before.Slug} → /{page.Slug}"); }
        if (before.Kind != page.Kind) { changes.Add($"kind {Describe(before.Kind)} → {Describe(page.Kind)}"); }
        if (before.Description != page.Description) { changes.Add("description"); }
        if (before.BodyMarkdown != page.BodyMarkdown) { changes.Add("text"); }
        if (before.Published != page.Published) { changes.Add(page.Published ? "published" : "unpublished"); }
        if (changes.Count == 0)
        {
            db.ChangeTracker.Clear();
            return Outcome.Done(page, "Nothing changed: the page is as it was.");
        }
        page.Version++;
        audit.Add(actor, AuditActions.StaticPageChanged, Subject(page.Id), $"Page “{page.Title}”: {string.Join("; ", changes)}");
        try
        {
            if (!await db.TrySaveUniqueAsync(cancellationToken))
            {
                return await StillThereAsync(id, cancellationToken) is { } newer && newer.Version != input.Version
                    ? Outcome.Conflict(newer, NewerVersion)
                    : SlugTaken(page.Slug).As<StaticPage>();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await StillThereAsync(id, cancellationToken) is { } newer
                ? Outcome.Conflict(newer, NewerVersion)
                : Outcome.NotFound(NoSuchPage).As<StaticPage>();
        }

        await cache.EvictAsync(CacheTags.StaticPage(page.Id), cancellationToken);
        if (before.Title != page.Title || before.Slug != page.Slug || before.Kind != page.Kind || before.Published != page.Published)
        {
            // Menus show the title and link the address on every page; the front page's JSON-LD names pages by kind.
            menus.Forget();
            await cache.EvictEverythingAsync(cancellationToken);
        }
        return Outcome.Done(page, $"The page “{page.Title}” was saved.");
    }

    /// <summary>Deletes the page and the menu links to it (the database removes those with it).</summary>
    public async Task<Outcome> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var page = await db.StaticPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound(NoSuchPage);
        }
        db.StaticPages.Remove(page);
        audit.Add(actor, AuditActions.StaticPageChanged, Subject(page.Id), $"Deleted page “{page.Title}” at /{page.Slug}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.NotFound(NoSuchPage);
        }
        await cache.EvictAsync(CacheTags.StaticPage(page.Id), cancellationToken);
        menus.Forget();
        await cache.EvictEverythingAsync(cancellationToken);
        return Outcome.Done($"The page “{page.Title}” was deleted; /{page.Slug} answers 404 now.");
    }

    /// <summary>The name of a kind as the newsroom and the audit log write it.</summary>
    public static string Describe(StaticPageKind kind) => kind switch
    {
        StaticPageKind.EthicsPolicy => "Ethics policy",
        StaticPageKind.CorrectionsPolicy => "Corrections policy",
        StaticPageKind.CommentPolicy => "Comment policy",
        StaticPageKind.DiversityPolicy => "Diversity policy",
        StaticPageKind.PublishingPrinciples => "Publishing principles",
        StaticPageKind.ActionableFeedbackPolicy => "Actionable feedback policy",
        _ => kind.ToString(),
    };

    private async Task FillAsync(StaticPage page, StaticPageInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var body = (input.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (body != page.BodyMarkdown || page.BodyHtml.Length == 0)
        {
            page.BodyHtml = (await renderer.RenderAsync(body, cancellationToken)).Html;
        }
        var changed = page.Title != Title(input) || page.BodyMarkdown != body || page.Description != (input.Description ?? "").Trim();
        page.Title = Title(input);
        page.Slug = SlugOf(input);
        page.Kind = input.Kind;
        page.Description = (input.Description ?? "").Trim();
        page.BodyMarkdown = body;
        page.Published = input.Published;
        if (changed || page.UpdatedAt == default)
        {
            page.UpdatedAt = now;
        }
    }

    private async Task<Dictionary<string, string>> ValidateAsync(StaticPageInput input, StaticPage? current, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var title = Title(input);
        if (title.Length == 0)
        {
            errors[nameof(StaticPageInput.Title)] = "Give the page a title, for example About us.";
        }
        else if (title.Length > StaticPage.TitleMaxLength)
        {
            errors[nameof(StaticPageInput.Title)] = $"A title can be at most {StaticPage.TitleMaxLength} characters long.";
        }

        var slug = SlugOf(input);
        if (slug.Length == 0)
        {
            errors[nameof(StaticPageInput.Slug)] = "Give the page an address: lowercase letters, digits and single hyphens, for example about.";
        }
        else if (slug.Length > Slugs.MaxLength)
        {
            errors[nameof(StaticPageInput.Slug)] = $"An address can be at most {Slugs.MaxLength} characters long.";
        }
        else if (!Slugs.IsWellFormed(slug))
        {
            errors[nameof(StaticPageInput.Slug)] = $"“{Shorten(slug)}” is not an address: use only lowercase letters, digits and single hyphens, for example about-us.";
        }
        else if (reserved.IsReserved(slug))
        {
            errors[nameof(StaticPageInput.Slug)] = $"“{slug}” is reserved: the site itself answers at /{slug}. Choose another address.";
        }
        else if (await db.Sections.AsNoTracking().Where(s => s.Slug == slug).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) is { } section)
        {
            errors[nameof(StaticPageInput.Slug)] = $"The section “{section}” lives at /{slug}. Choose another address.";
        }
        else if (await db.StaticPages.AsNoTracking().Where(p => p.Slug == slug && p.Id != (current == null ? 0 : current.Id))
                     .Select(p => p.Title).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            errors[nameof(StaticPageInput.Slug)] = $"The page “{other}” already lives at /{slug}. Choose another address.";
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors[nameof(StaticPageInput.Kind)] = "Choose what the page is from the list, or Other.";
        }
        else if (input.Kind != StaticPageKind.Other
                 && await db.StaticPages.AsNoTracking().Where(p => p.Kind == input.Kind && p.Id != (current == null ? 0 : current.Id))
                     .Select(p => p.Title).FirstOrDefaultAsync(cancellationToken) is { } sameKind)
        {
            // The organisation's JSON-LD names one page of each kind; two would leave it guessing.
            errors[nameof(StaticPageInput.Kind)] = $"“{sameKind}” is already the site's {Describe(input.Kind)}. Choose Other, or change that page first.";
        }

        if ((input.Description ?? "").Trim().Length > StaticPage.DescriptionMaxLength)
        {
            errors[nameof(StaticPageInput.Description)] = $"The description can be at most {StaticPage.DescriptionMaxLength} characters long.";
        }
        var bodyLength = (input.Body ?? "").Trim().Length;
        if (bodyLength > StaticPage.BodyMaxLength)
        {
            errors[nameof(StaticPageInput.Body)] = string.Create(CultureInfo.InvariantCulture,
                $"The text can be at most {StaticPage.BodyMaxLength:N0} characters long; this one has {bodyLength:N0}.");
        }
        return errors;
    }

    private async Task<StaticPage?> StillThereAsync(int id, CancellationToken cancellationToken) =>
        await db.StaticPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static Outcome SlugTaken(string slug) =>
        Outcome.Invalid(new Dictionary<string, string> { [nameof(StaticPageInput.Slug)] = $"Another page took /{slug} a moment ago. Choose another address." });

    private static string Title(StaticPageInput input) => (input.Title ?? "").Trim();

    private static string SlugOf(StaticPageInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(Title(input)) : input.Slug.Trim();

    private static string Subject(int id) => string.Create(CultureInfo.InvariantCulture, $"page:{id}");

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
