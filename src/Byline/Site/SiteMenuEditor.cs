using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Site;

/// <summary>
/// Reads and saves the header and footer menus, written one link a line as <c>Label | /path</c> (or just <c>/path</c>
/// for a page or a section, which then shows its own title or name). A path that is a static page's or a section's
/// address links to it, so the link follows a later change of its slug. Both menus are replaced in one transaction,
/// audited, and every public page shows them at once; a save based on menus someone changed meanwhile is refused.
/// </summary>
public sealed class SiteMenuEditor(BylineDb db, AuditLog audit, PublicCache cache, SiteMenus menus)
{
    public const int MaxLinks = 20;
    public const int TextMaxLength = 4000;

    /// <summary>Both menus as the form shows them, and the fingerprint the form sends back.</summary>
    public async Task<MenuTexts> CurrentAsync(CancellationToken cancellationToken)
    {
        var items = await db.MenuItems.AsNoTracking().OrderBy(m => m.Menu).ThenBy(m => m.Position).ToListAsync(cancellationToken);
        var pages = await db.StaticPages.AsNoTracking().Select(p => new { p.Id, p.Slug }).ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken);
        var sections = await db.Sections.AsNoTracking().Select(s => new { s.Id, s.Slug }).ToDictionaryAsync(s => s.Id, s => s.Slug, cancellationToken);
        string TextOf(SiteMenu menu) => string.Join('\n', items.Where(i => i.Menu == menu).Select(i =>
        {
            var path = i switch
            {
                { StaticPageId: { } pageId } => SiteUrls.StaticPage(pages[pageId]),
                { SectionId: { } sectionId } => SiteUrls.Section(sections[sectionId]),
                _ => i.Path,
            };
            return i.Label.Length > 0 ? $"{i.Label} | {path}" : path;
        }));
        var header = TextOf(SiteMenu.Header);
        var footer = TextOf(SiteMenu.Footer);
        return new MenuTexts(header, footer, Fingerprint(header, footer));
    }

    public async Task<Outcome> SaveAsync(MenuTexts input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        return await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var before = await CurrentAsync(cancellationToken);
            if (before.Version != input.Version)
            {
                return Outcome.Conflict("Someone else saved the menus while this form was open. Their menus are shown now; make your change again.");
            }
            var errors = new Dictionary<string, string>();
            var header = await ParseAsync(SiteMenu.Header, input.Header, nameof(MenuTexts.Header), errors, cancellationToken);
            var footer = await ParseAsync(SiteMenu.Footer, input.Footer, nameof(MenuTexts.Footer), errors, cancellationToken);
            if (errors.Count > 0)
            {
                return Outcome.Invalid(errors);
            }

            db.MenuItems.RemoveRange(await db.MenuItems.ToListAsync(cancellationToken));
            db.MenuItems.AddRange(header);
            db.MenuItems.AddRange(footer);
            await db.SaveChangesAsync(cancellationToken);
            var after = await CurrentAsync(cancellationToken);
            if (after.Version == before.Version)
            {
                return Outcome.Done("Nothing changed: the menus are as they were.");
            }
            audit.Add(actor, AuditActions.MenuChanged, "menus", Describe(before, after));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            menus.Forget();
            await cache.EvictEverythingAsync(cancellationToken);
            return Outcome.Done("The menus were saved. Every public page shows them now.");
        }, cancellationToken);
    }

    private async Task<List<MenuItem>> ParseAsync(
        SiteMenu menu, string? text, string field, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var items = new List<MenuItem>();
        text ??= "";
        if (text.Length > TextMaxLength)
        {
            errors[field] = $"A menu can be at most {TextMaxLength:N0} characters long.";
            return items;
        }
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > MaxLinks)
        {
            errors[field] = $"A menu can have at most {MaxLinks} links; this one has {lines.Count}.";
            return items;
        }
        for (var number = 0; number < lines.Count; number++)
        {
            var line = lines[number];
            var bar = line.LastIndexOf('|');
            var label = bar < 0 ? "" : line[..bar].Trim();
            var path = bar < 0 ? line : line[(bar + 1)..].Trim();
            var at = string.Create(CultureInfo.InvariantCulture, $"Line {number + 1} (“{Shorten(line)}”)");
            if (!IsSitePath(path))
            {
                errors[field] = $"{at}: the link must be a path of this site starting with /, for example About | /about.";
                return items;
            }
            if (label.Length > MenuItem.LabelMaxLength)
            {
                errors[field] = $"{at}: a label can be at most {MenuItem.LabelMaxLength} characters long.";
                return items;
            }
            var item = new MenuItem { Menu = menu, Position = number, Label = label };
            var slug = path.Length > 1 && path.IndexOfAny(['/', '?', '#'], 1) < 0 ? path[1..] : null;
            if (slug is not null && await db.StaticPages.AsNoTracking().Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } pageId)
            {
                item.StaticPageId = pageId;
            }
            else if (slug is not null && await db.Sections.AsNoTracking().Where(s => s.Slug == slug).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken) is { } sectionId)
            {
                item.SectionId = sectionId;
            }
            else if (label.Length == 0)
            {
                errors[field] = $"{at}: {path} is neither a page nor a section, so give the link a label, for example Corrections | {path}.";
                return items;
            }
            else
            {
                item.Path = path;
            }
            items.Add(item);
        }
        return items;
    }

    /// <summary>A path on this site: one leading slash (two would name another host), no spaces, not too long.</summary>
    private static bool IsSitePath(string path) =>
        path.Length is > 0 and <= MenuItem.PathMaxLength && path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.Contains('\\', StringComparison.Ordinal) && !path.Any(char.IsWhiteSpace);

    private static string Describe(MenuTexts before, MenuTexts after)
    {
        var changes = new List<string>();
        if (before.Header != after.Header) { changes.Add($"header “{OneLine(before.Header)}” → “{OneLine(after.Header)}”"); }
        if (before.Footer != after.Footer) { changes.Add($"footer “{OneLine(before.Footer)}” → “{OneLine(after.Footer)}”"); }
        return string.Join("; ", changes);
    }

    private static string OneLine(string? text) => Shorten((text ?? "").Replace('\n', ','), 200);

    private static string Fingerprint(string header, string footer) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(header + "\u0000" + footer)))[..16];

    private static string Shorten(string text, int length = 40) => text.Length > length ? text[..length] + "…" : text;
}
