using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Byline.Site;

/// <summary>
/// The header and footer menus as readers see them: each link resolved to its page's or section's current address and
/// name, a link to an unpublished page left out. A footer nobody has set yet links the site's published About,
/// Contact and policy pages and the corrections page, so a new site's footer already leads to them. Every public page
/// shows both menus, so they are read once a minute, not once a page (like the sections); the editors forget them on
/// this node when they change, other nodes see the change within the minute.
/// </summary>
public sealed class SiteMenus(BylineDb db, IMemoryCache cache)
{
    private static string CacheKey(SiteMenu menu) => $"Byline.Menu.{menu}";

    /// <summary>The kinds of page the default footer links, in its order.</summary>
    private static readonly StaticPageKind[] DefaultFooterKinds =
    [
        StaticPageKind.About, StaticPageKind.Contact, StaticPageKind.Masthead, StaticPageKind.EthicsPolicy,
        StaticPageKind.CorrectionsPolicy, StaticPageKind.CommentPolicy, StaticPageKind.PublishingPrinciples,
        StaticPageKind.DiversityPolicy, StaticPageKind.ActionableFeedbackPolicy, StaticPageKind.Privacy,
    ];

    public async Task<IReadOnlyList<MenuLink>> LinksAsync(SiteMenu menu, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(menu), out IReadOnlyList<MenuLink>? known) && known is not null)
        {
            return known;
        }
        var links = await ReadAsync(menu, cancellationToken);
        cache.Set(CacheKey(menu), links, TimeSpan.FromMinutes(1));
        return links;
    }

    /// <summary>After a menu, a static page or a section changed: the next page reads the menus and trust pages again.</summary>
    public void Forget()
    {
        cache.Remove(CacheKey(SiteMenu.Header));
        cache.Remove(CacheKey(SiteMenu.Footer));
        cache.Remove(TrustPages.CacheKey);
    }

    private async Task<IReadOnlyList<MenuLink>> ReadAsync(SiteMenu menu, CancellationToken cancellationToken)
    {
        var items = await db.MenuItems.AsNoTracking().Where(m => m.Menu == menu).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return menu == SiteMenu.Footer ? await DefaultFooterAsync(cancellationToken) : [];
        }
        var pageIds = items.Where(m => m.StaticPageId != null).Select(m => m.StaticPageId!.Value).ToList();
        var sectionIds = items.Where(m => m.SectionId != null).Select(m => m.SectionId!.Value).ToList();
        var pages = pageIds.Count == 0 ? [] : await db.StaticPages.AsNoTracking()
            .Where(p => pageIds.Contains(p.Id) && p.Published)
            .Select(p => new { p.Id, p.Title, p.Slug })
            .ToDictionaryAsync(p => p.Id, p => new MenuLink(p.Title, SiteUrls.StaticPage(p.Slug)), cancellationToken);
        var sections = sectionIds.Count == 0 ? [] : await db.Sections.AsNoTracking()
            .Where(s => sectionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Slug })
            .ToDictionaryAsync(s => s.Id, s => new MenuLink(s.Name, SiteUrls.Section(s.Slug)), cancellationToken);

        var links = new List<MenuLink>(items.Count);
        foreach (var item in items)
        {
            var target = item switch
            {
                { StaticPageId: { } pageId } => pages.GetValueOrDefault(pageId),
                { SectionId: { } sectionId } => sections.GetValueOrDefault(sectionId),
                _ => new MenuLink(item.Label, item.Path),
            };
            if (target is not null)
            {
                links.Add(item.Label.Length > 0 ? target with { Label = item.Label } : target);
            }
        }
        return links;
    }

    private async Task<IReadOnlyList<MenuLink>> DefaultFooterAsync(CancellationToken cancellationToken)
    {
        var pages = await db.StaticPages.AsNoTracking()
            .Where(p => p.Published && p.Kind != StaticPageKind.Other)
            .Select(p => new { p.Kind, p.Title, p.Slug })
            .ToListAsync(cancellationToken);
        var links = pages.OrderBy(p => Array.IndexOf(DefaultFooterKinds, p.Kind)).Select(p => new MenuLink(p.Title, SiteUrls.StaticPage(p.Slug))).ToList();
        links.Add(new MenuLink("Corrections", SiteUrls.Corrections));
        return links;
    }
}
