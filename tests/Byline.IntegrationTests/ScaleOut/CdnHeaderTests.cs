using System.Net;
using Byline.Caching;
using Byline.Testing;

namespace Byline.IntegrationTests.ScaleOut;

public sealed class CdnHeaderTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return await _reader.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_story_page_tells_a_cdn_how_long_to_keep_it_and_which_keys_purge_it()
    {
        var story = await host.StoryAsync(Stories.PortRecord);
        using var response = await GetAsync(await host.PathOfAsync(Stories.PortRecord));

        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), cacheControl.SharedMaxAge);
        Assert.Contains("stale-while-revalidate=60", cacheControl.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        var keys = string.Join(' ', response.Headers.GetValues("Surrogate-Key")).Split(' ');
        Assert.Contains(CacheTags.Article(story.Id), keys);
        Assert.Contains(CacheTags.Section(story.SectionId), keys);
    }

    [Fact]
    public async Task A_matching_etag_answers_304_whether_the_page_was_cached_or_not()
    {
        // A section page has no per-render parts (a story page carries a freshly signed comment-form token).
        const string path = "/business";
        using var first = await GetAsync(path);
        var etag = first.Headers.ETag!.Tag;

        using var fromCache = await GetAsync(path, etag);
        await host.EvictCachedPagesAsync();
        using var rendered = await GetAsync(path, etag);
        using var other = await GetAsync(path, "\"not-this-one\"");

        Assert.Equal(HttpStatusCode.NotModified, fromCache.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, rendered.StatusCode);
        Assert.Empty(await rendered.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(etag, other.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_cached_story_page_answers_its_etag_with_304()
    {
        var path = await host.PathOfAsync(Stories.Footbridge);
        using var first = await GetAsync(path);

        using var again = await GetAsync(path, first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task The_etag_changes_when_the_page_changes()
    {
        var path = await host.PathOfAsync("night-tram-trial-timetable");
        using var before = await GetAsync(path);
        await host.WithDatabaseAsync(async db =>
        {
            var story = db.Articles.Single(a => a.Slug == "night-tram-trial-timetable");
            story.Standfirst += " (Updated.)";
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await host.EvictCachedPagesAsync();

        using var after = await GetAsync(path, before.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Feeds_and_sitemaps_carry_the_same_cdn_headers()
    {
        foreach (var path in new[] { "/feed", "/sitemap.xml", "/", "/city" })
        {
            using var response = await GetAsync(path);
            Assert.True(response.Headers.CacheControl!.Public, path);
            Assert.NotNull(response.Headers.ETag);
            Assert.True(response.Headers.Contains("Surrogate-Key"), path);
        }
    }

    [Fact]
    public async Task Newsroom_pages_and_a_commenters_own_view_are_private_and_never_stored()
    {
        using var newsroom = await GetAsync("/newsroom/sign-in");
        Assert.True(newsroom.Headers.CacheControl!.Private);
        Assert.True(newsroom.Headers.CacheControl.NoStore);

        var path = await host.PathOfAsync(Stories.Footbridge);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", "byline-c=not-a-real-token");
        using var personal = await _reader.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, personal.StatusCode);
        Assert.True(personal.Headers.CacheControl!.Private);
        Assert.True(personal.Headers.CacheControl.NoStore);
        Assert.False(personal.Headers.Contains("Surrogate-Key"));
    }
}
