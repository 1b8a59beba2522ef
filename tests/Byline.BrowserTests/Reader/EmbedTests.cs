using System.Collections.Concurrent;
using Byline.Accounts;
using Byline.BrowserTests.Newsroom;
using Byline.Content;
using Byline.Media;
using Byline.Publishing;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// Embeds that respect readers: a story with a YouTube video asks nothing of any host but the site's own until the reader
/// presses "Load video from YouTube"; then the privacy-enhanced player loads in its frame. Without JavaScript the plain
/// link is there. The machine has no internet: other hosts are answered by a local stand-in, and every request is logged.
/// </summary>
public sealed class EmbedTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private const string VideoUrl = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    private const string Player = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

    [Fact]
    public async Task A_story_with_a_YouTube_embed_requests_nothing_from_another_host_until_the_reader_loads_the_video()
    {
        var path = await PublishAsync("Harbour fireworks light up the bay");
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var site = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        var elsewhere = new ConcurrentQueue<string>();
        await context.RouteAsync(url => !url.StartsWith(site, StringComparison.Ordinal), async route =>
        {
            elsewhere.Enqueue(route.Request.Url);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Stand-in</title><p>The provider's player</p>" });
        });
        var page = await context.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);

        await page.GotoAsync(path);
        var load = page.GetByRole(AriaRole.Button, new() { Name = "Load video from YouTube" });
        await Expect(load).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Mouse.WheelAsync(0, 2000);
        await page.WaitForTimeoutAsync(500);
        await Screenshots.SaveAsync(page, "story-embed-facade", Viewport.Desktop);

        Assert.NotEmpty(requested);
        Assert.All(requested, url => Assert.StartsWith(site, url, StringComparison.Ordinal));
        Assert.Empty(elsewhere);
        Assert.Equal(0, await page.Locator("iframe").CountAsync());

        await load.ClickAsync();

        var frame = page.Locator("figure.embed iframe");
        await Expect(frame).ToHaveAttributeAsync("src", Player);
        await Expect(frame).ToHaveAttributeAsync("title", "The fireworks from the pier");
        await Expect(frame).ToHaveAttributeAsync("referrerpolicy", "strict-origin-when-cross-origin");
        await Expect(frame).ToHaveAttributeAsync("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox");
        await Expect(page.FrameLocator("figure.embed iframe").GetByText("The provider's player")).ToBeVisibleAsync();
        Assert.Contains(Player, elsewhere);
        Assert.All(elsewhere, url => Assert.StartsWith("https://www.youtube-nocookie.com/", url, StringComparison.Ordinal));
        // The source stays one click away under the frame.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "The fireworks from the pier" })).ToHaveAttributeAsync("href", VideoUrl);
        await Screenshots.SaveAsync(page, "story-embed-loaded", Viewport.Desktop);
    }

    [Fact]
    public async Task Without_JavaScript_an_embed_is_a_plain_link_and_no_button()
    {
        var path = await PublishAsync("Lifeboat crew rescue kayakers off the point");
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone, javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);

        var link = page.GetByRole(AriaRole.Link, new() { Name = "The fireworks from the pier" });
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToHaveAttributeAsync("href", VideoUrl);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Load video from YouTube" })).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
    }

    [Fact]
    public async Task Figures_and_embeds_fit_a_phone_in_light_and_dark()
    {
        var path = await PublishAsync("Harbour open day in pictures and video");
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone);
        await context.RouteAsync(url => !url.StartsWith(host.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal),
            route => route.AbortAsync());
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Load post from X" })).ToBeVisibleAsync();
        var picture = page.Locator(".story__body figure.story__figure img");
        await picture.ScrollIntoViewIfNeededAsync();
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        await Screenshots.SaveAsync(page, "story-embeds-light", Viewport.Phone);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await Screenshots.SaveAsync(page, "story-embeds-dark", Viewport.Phone);

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Viewport.Phone.Width, $"The page is {width} px wide in a {Viewport.Phone.Width} px window.");
        var box = await picture.BoundingBoxAsync();
        Assert.True(box is { Width: > 300 and <= 390 }, $"The body figure is {box?.Width} px wide.");
    }

    /// <summary>
    /// Publishes a story whose body has a library image, a YouTube link with a title, a bare X link and a map, rendered
    /// by the same code the newsroom saves with.
    /// </summary>
    private async Task<string> PublishAsync(string headline)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var scope = host.Services.CreateAsyncScope();
        var photo = TestPhotos.Jpeg($"embed-{Guid.NewGuid():N}.jpg", 1200, 800);
        using var bytes = new MemoryStream(photo.Buffer);
        var upload = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().UploadAsync(
            new MediaUpload(bytes, bytes.Length, photo.Name, new MediaDetails("Boats in the harbour at dawn", null, "Harbour Trust")), Actor.System("test"), cancel);
        var item = upload.Item ?? throw new InvalidOperationException("The test photo was not stored.");
        var markdown = $"""
            The fireworks began at nine.

            ![Boats in the harbour at dawn]({MediaUrls.Variant(item, 640, MediaFileNames.Jpeg)} "The harbour before the crowds came")

            [The fireworks from the pier]({VideoUrl})

            The harbour master posted a thank-you:

            https://x.com/LarkhavenPort/status/1780000000000000000

            https://www.openstreetmap.org/?mlat=50.12&mlon=-5.53#map=15/50.12/-5.53

            The last rocket went up at half past.
            """;
        var body = await scope.ServiceProvider.GetRequiredService<StoryBodyRenderer>().RenderAsync(markdown, cancel);
        var publishedAt = DateTimeOffset.UtcNow.AddHours(-3);
        var db = scope.ServiceProvider.GetRequiredService<Byline.Storage.BylineDb>();
        var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(cancel);
        var article = StoryFactory.Create(new NewStory(headline, $"story-{Guid.NewGuid():N}", markdown, body, ArticleStatus.Published, publishedAt.AddHours(-1)) { PublishedAt = publishedAt });
        article.Section = section;
        article.Standfirst = "Thousands watched from the quay.";
        db.AllArticles.Add(article);
        await db.SaveChangesAsync(cancel);
        return scope.ServiceProvider.GetRequiredService<SiteUrls>().Article(section.Slug, publishedAt, article.Slug);
    }
}
