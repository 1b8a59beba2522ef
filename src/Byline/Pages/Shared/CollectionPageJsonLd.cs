using System.Text.Json.Nodes;

namespace Byline.Pages.Shared;

/// <summary>A section's or a tag's page as a schema.org CollectionPage of the site.</summary>
public static class CollectionPageJsonLd
{
    public static string Build(JsonLdContext context, string name, string description, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.Urls.Absolute(path);
        return JsonLd.Write(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CollectionPage",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = name,
            ["description"] = description,
            ["inLanguage"] = context.Site.Language,
            ["isPartOf"] = JsonLd.WebSiteReference(context),
        });
    }
}
