using System.Text.Json.Nodes;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>The front page's schema.org WebSite, with the SearchAction that lets search engines offer a search box for the site.</summary>
public static class WebSiteJsonLd
{
    public static string Build(JsonLdContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var website = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (name, value) in JsonLd.WebSiteReference(context))
        {
            website[name] = value?.DeepClone();
        }
        website["description"] = context.Site.Description;
        website["inLanguage"] = context.Site.Language;
        website["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = context.Urls.Absolute(SiteUrls.Search) + "?q={search_term_string}",
            },
            ["query-input"] = "required name=search_term_string",
        };
        return JsonLd.Write(website);
    }
}
