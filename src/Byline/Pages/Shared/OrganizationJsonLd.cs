using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Byline.Content;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>
/// schema.org NewsMediaOrganization for the site: its name, address and logo, and the pages a reader (or a search
/// engine) checks to trust it: the publishing principles, the corrections, ethics, diversity and feedback policies and
/// the masthead, each named only when the site has published a page of that kind.
/// </summary>
public static class OrganizationJsonLd
{
    // The default encoder escapes <, > and & (so "</script>" cannot end the element) while keeping letters readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The schema.org property that names each kind of page; kinds it has no property for are left out.</summary>
    public static readonly IReadOnlyList<(StaticPageKind Kind, string Property)> Properties =
    [
        (StaticPageKind.PublishingPrinciples, "publishingPrinciples"),
        (StaticPageKind.CorrectionsPolicy, "correctionsPolicy"),
        (StaticPageKind.EthicsPolicy, "ethicsPolicy"),
        (StaticPageKind.Masthead, "masthead"),
        (StaticPageKind.ActionableFeedbackPolicy, "actionableFeedbackPolicy"),
        (StaticPageKind.DiversityPolicy, "diversityPolicy"),
    ];

    /// <summary>The organisation's node id, so that other JSON-LD (a story's publisher) can refer to it.</summary>
    public static string Id(SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.Absolute(SiteUrls.Home) + "#organization";
    }

    public static string Build(SiteProfile site, SiteUrls urls, SiteLogoImage? logo, IReadOnlyDictionary<StaticPageKind, string> pages)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(pages);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsMediaOrganization",
            ["@id"] = Id(urls),
            ["name"] = site.Title,
            ["url"] = urls.Absolute(SiteUrls.Home),
        };
        if (!string.IsNullOrEmpty(site.Description))
        {
            json["description"] = site.Description;
        }
        if (logo is not null)
        {
            json["logo"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["url"] = urls.Absolute(logo.Src),
                ["width"] = logo.Width,
                ["height"] = logo.Height,
            };
        }
        foreach (var (kind, property) in Properties)
        {
            if (pages.TryGetValue(kind, out var path))
            {
                json[property] = urls.Absolute(path);
            }
        }
        // About and Contact have no property of their own on an organisation; they are its pages all the same.
        if (pages.TryGetValue(StaticPageKind.Contact, out var contact))
        {
            json["contactPoint"] = new JsonObject
            {
                ["@type"] = "ContactPoint",
                ["contactType"] = "newsroom",
                ["url"] = urls.Absolute(contact),
            };
        }
        return json.ToJsonString(Options);
    }
}
