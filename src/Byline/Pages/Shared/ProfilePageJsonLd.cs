using System.Text.Json.Nodes;
using Byline.Content;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>An author's page as a schema.org ProfilePage whose main entity is the person.</summary>
public static class ProfilePageJsonLd
{
    public static string Build(JsonLdContext context, Person person)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(person);
        var url = context.Urls.Absolute(SiteUrls.Author(person.Slug));
        return JsonLd.Write(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ProfilePage",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = person.Name,
            ["inLanguage"] = context.Site.Language,
            ["isPartOf"] = JsonLd.WebSiteReference(context),
            ["mainEntity"] = PersonJsonLd.Build(person, context.Urls),
        });
    }
}
