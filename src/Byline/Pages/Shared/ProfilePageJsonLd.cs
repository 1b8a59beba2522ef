using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Byline.Content;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>
/// schema.org ProfilePage for an author page: its main entity the Person, with job title, bio, photo, what they cover
/// (<c>knowsAbout</c>) and their contact links (<c>sameAs</c>), each only when the profile has it.
/// </summary>
public static class ProfilePageJsonLd
{
    // The default encoder escapes <, > and & (so "</script>" cannot end the element) while keeping letters readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Build(Person person, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(urls);
        var url = urls.Absolute(SiteUrls.Author(person.Slug));
        var entity = new JsonObject
        {
            ["@type"] = "Person",
            ["@id"] = url + "#person",
            ["name"] = person.Name,
            ["url"] = url,
        };
        if (person.JobTitle.Length > 0)
        {
            entity["jobTitle"] = person.JobTitle;
        }
        if (person.Bio.Length > 0)
        {
            entity["description"] = person.Bio;
        }
        if (person.Photo is { } photo)
        {
            entity["image"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["url"] = urls.Absolute(AuthorPhoto.Src(photo, AuthorPhoto.PageSize)),
                ["caption"] = person.Name,
            };
        }
        var subjects = Subjects(person.Expertise);
        if (subjects.Count > 0)
        {
            entity["knowsAbout"] = new JsonArray(subjects.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        }
        if (person.LinkList.Count > 0)
        {
            entity["sameAs"] = new JsonArray(person.LinkList.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
        }
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ProfilePage",
            ["url"] = url,
            ["mainEntity"] = entity,
        };
        return json.ToJsonString(Options);
    }

    /// <summary>The expertise as subjects: "Transport, local government" is two.</summary>
    public static IReadOnlyList<string> Subjects(string expertise)
    {
        ArgumentNullException.ThrowIfNull(expertise);
        return expertise.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
