using System.Net;
using System.Text.Json;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.ContentApi;

/// <summary>GET /api/v1/tags and /api/v1/people: what published stories carry, with counts, profiles and addresses that answer.</summary>
public sealed class TaxonomyApiTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetOkAsync(string path)
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(path, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task The_tags_of_published_stories_come_page_by_page_with_their_counts()
    {
        var expected = await host.WithDatabaseAsync(db => db.Tags
            .Select(t => new { t.Slug, Stories = t.Articles.Count(a => a.Status == ArticleStatus.Published && a.TrashedAt == null) })
            .Where(t => t.Stories > 0)
            .OrderBy(t => t.Slug)
            .ToListAsync(Cancel));
        Assert.True(expected.Count > 4, "the sample site has enough tags for several pages");

        var listed = new List<JsonElement>();
        for (string? path = "/api/v1/tags?limit=4"; path is not null;)
        {
            var page = await GetOkAsync(path);
            listed.AddRange(page.GetProperty("tags").EnumerateArray());
            path = page.GetProperty("next").GetString();
        }

        Assert.Equal(expected.Select(t => t.Slug), listed.Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal(expected.Select(t => t.Stories), listed.Select(t => t.GetProperty("stories").GetInt32()));
        using var client = host.CreateReader();
        using var tagPage = await client.GetAsync(new Uri(listed[0].GetProperty("url").GetString()!).PathAndQuery, Cancel);
        Assert.Equal(HttpStatusCode.OK, tagPage.StatusCode);
    }

    [Fact]
    public async Task The_people_are_the_authors_of_published_stories_with_their_profiles()
    {
        var expected = await host.WithDatabaseAsync(db => db.People
            .Where(p => db.ArticleAuthors.Any(x => x.PersonId == p.Id && x.Article.Status == ArticleStatus.Published && x.Article.TrashedAt == null))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToListAsync(Cancel));
        Assert.NotEmpty(expected);

        var people = (await GetOkAsync("/api/v1/people")).EnumerateArray().ToList();

        Assert.Equal(expected.Select(p => p.Slug), people.Select(p => p.GetProperty("slug").GetString()));
        Assert.Equal(expected.Select(p => p.JobTitle), people.Select(p => p.GetProperty("jobTitle").GetString()));
        Assert.Equal(expected.Select(p => p.LinkList.Count), people.Select(p => p.GetProperty("links").GetArrayLength()));
        using var client = host.CreateReader();
        foreach (var person in people)
        {
            using var page = await client.GetAsync(new Uri(person.GetProperty("url").GetString()!).PathAndQuery, Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task A_bad_limit_is_a_400_problem()
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync("/api/v1/tags?limit=9999", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1 to 500", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
