using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.Site;
using Byline.Taxonomy;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.ContentApi;

/// <summary>GET /api/v1/site and /api/v1/sections: what an app needs for its header and menus, with absolute addresses that answer.</summary>
public sealed class SiteApiTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.Clone();
    }

    private async Task AnswersAsync(HttpClient client, string url)
    {
        var address = new Uri(url);
        Assert.Equal(host.BaseAddress.Authority, address.Authority);
        using var response = await client.GetAsync(address.PathAndQuery, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task The_site_record_is_the_sites_identity_with_feeds_that_answer()
    {
        using var client = host.CreateReader();
        var site = await GetJsonAsync(client, "/api/v1/site");
        var profile = host.Services.GetRequiredService<SiteIdentity>().Current;

        Assert.Equal(profile.Title, site.GetProperty("title").GetString());
        Assert.Equal(profile.Description, site.GetProperty("description").GetString());
        Assert.Equal(host.BaseAddress.ToString(), site.GetProperty("url").GetString());
        Assert.Equal(profile.Language, site.GetProperty("language").GetString());
        Assert.Equal(profile.TimeZone.Id, site.GetProperty("timeZone").GetString());
        var feeds = site.GetProperty("feeds");
        foreach (var format in new[] { "rss", "atom", "json" })
        {
            await AnswersAsync(client, feeds.GetProperty(format).GetString()!);
        }
    }

    [Fact]
    public async Task The_sections_come_in_navigation_order_with_pages_and_feeds_that_answer()
    {
        using var client = host.CreateReader();
        var sections = (await GetJsonAsync(client, "/api/v1/sections")).EnumerateArray().ToList();
        var stored = await host.WithDatabaseAsync(db => db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Name).ToListAsync(Cancel));

        Assert.Equal(stored.Select(s => s.Slug), sections.Select(s => s.GetProperty("slug").GetString()));
        Assert.Equal(stored.Select(s => s.Id), sections.Select(s => s.GetProperty("id").GetInt32()));
        Assert.Equal(stored.Select(s => s.Description), sections.Select(s => s.GetProperty("description").GetString()));
        foreach (var section in sections)
        {
            await AnswersAsync(client, section.GetProperty("url").GetString()!);
            await AnswersAsync(client, section.GetProperty("feed").GetString()!);
        }
    }

    [Fact]
    public async Task A_renamed_section_is_renamed_in_the_next_answer()
    {
        using var client = host.CreateReader();
        var before = (await GetJsonAsync(client, "/api/v1/sections")).EnumerateArray().Last();
        var id = before.GetProperty("id").GetInt32();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<SectionCatalog>();
            var renamed = await catalog.UpdateAsync(id,
                new SectionInput("Harbour and Coast", before.GetProperty("slug").GetString(), before.GetProperty("description").GetString(), null),
                Actor.System("section API test"), Cancel);
            Assert.True(renamed.Succeeded, renamed.Message);
        }

        var after = (await GetJsonAsync(client, "/api/v1/sections")).EnumerateArray().Single(s => s.GetProperty("id").GetInt32() == id);
        Assert.Equal("Harbour and Coast", after.GetProperty("name").GetString());
    }
}
