using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Byline.Pages.Shared;

/// <summary>
/// Writes schema.org JSON-LD so that it can sit inside a &lt;script&gt; element: the encoder escapes &lt;, &gt; and &amp;
/// (a "&lt;/script&gt;" in a headline cannot end the element) and keeps letters of every script readable.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ToJsonString(Options);
    }

    /// <summary>A schema.org ImageObject of a social image.</summary>
    public static JsonObject ImageObject(SocialImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new JsonObject
        {
            ["@type"] = "ImageObject",
            ["url"] = image.Url,
            ["width"] = image.Width,
            ["height"] = image.Height,
            ["caption"] = image.Alt,
        };
    }

    /// <summary>The site as the WebSite the other documents name (<c>isPartOf</c>), by its id.</summary>
    public static JsonObject WebSiteReference(JsonLdContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var home = context.Urls.Absolute(Site.SiteUrls.Home);
        return new JsonObject { ["@type"] = "WebSite", ["@id"] = home + "#website", ["name"] = context.Site.Title, ["url"] = home };
    }
}
