using System.Text.Json.Nodes;
using Byline.Content;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>
/// A person of the newsroom as a schema.org Person: the one place it is built, for a story's authors and an author's
/// profile page alike. Job title, bio, photo, what they cover (<c>knowsAbout</c>) and their contact links
/// (<c>sameAs</c>) appear only when the profile has them.
/// </summary>
public static class PersonJsonLd
{
    public static JsonObject Build(Person person, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(urls);
        var url = urls.Absolute(SiteUrls.Author(person.Slug));
        var json = new JsonObject
        {
            ["@type"] = "Person",
            ["@id"] = url + "#person",
            ["name"] = person.Name,
            ["url"] = url,
        };
        if (!string.IsNullOrWhiteSpace(person.JobTitle))
        {
            json["jobTitle"] = person.JobTitle;
        }
        if (!string.IsNullOrWhiteSpace(person.Bio))
        {
            json["description"] = person.Bio;
        }
        if (person.Photo is { } photo)
        {
            json["image"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["url"] = urls.Absolute(AuthorPhoto.Src(photo, AuthorPhoto.PageSize)),
                ["caption"] = person.Name,
            };
        }
        var subjects = Subjects(person.Expertise);
        if (subjects.Count > 0)
        {
            json["knowsAbout"] = new JsonArray([.. subjects.Select(s => (JsonNode?)JsonValue.Create(s))]);
        }
        if (person.LinkList.Count > 0)
        {
            json["sameAs"] = new JsonArray([.. person.LinkList.Select(l => (JsonNode?)JsonValue.Create(l))]);
        }
        return json;
    }

    /// <summary>
    /// A story's author: who, and where their profile page (with the full Person) is. The profile's details belong to
    /// that page, not to every story, so a story reads the same wherever its file is imported.
    /// </summary>
    public static JsonObject Reference(Person person, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(urls);
        var url = urls.Absolute(SiteUrls.Author(person.Slug));
        return new JsonObject { ["@type"] = "Person", ["@id"] = url + "#person", ["name"] = person.Name, ["url"] = url };
    }

    /// <summary>The expertise as subjects: "Transport, local government" is two.</summary>
    public static IReadOnlyList<string> Subjects(string expertise)
    {
        ArgumentNullException.ThrowIfNull(expertise);
        return expertise.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
