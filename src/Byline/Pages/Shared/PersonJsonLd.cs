using System.Text.Json.Nodes;
using Byline.Content;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>
/// A person of the newsroom as a schema.org Person: the one place it is built, for a story's authors and an author's
/// profile page alike.
/// </summary>
public static class PersonJsonLd
{
    public static JsonObject Build(Person person, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(urls);
        var json = new JsonObject
        {
            ["@type"] = "Person",
            ["name"] = person.Name,
            ["url"] = urls.Absolute(SiteUrls.Author(person.Slug)),
        };
        if (!string.IsNullOrWhiteSpace(person.JobTitle))
        {
            json["jobTitle"] = person.JobTitle;
        }
        if (!string.IsNullOrWhiteSpace(person.Bio))
        {
            json["description"] = person.Bio;
        }
        return json;
    }
}
