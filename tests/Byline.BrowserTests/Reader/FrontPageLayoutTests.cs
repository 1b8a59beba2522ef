using Byline.Accounts;
using Byline.BrowserTests.Newsroom;
using Byline.BrowserTests.Pages;
using Byline.Content;
using Byline.Media;
using Byline.Publishing;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// The front page's hierarchy as a reader sees it, with pictures of its own (not the sample site's): the lead's picture
/// beside its headline on a laptop, the whole column's width on a phone, and no sideways scrolling. Screenshots are kept.
/// </summary>
public sealed class FrontPageLayoutTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Byline.Storage.BylineDb>();
        if (await db.Articles.AnyAsync(a => a.Slug.StartsWith("front-layout-"), cancel))
        {
            return;
        }
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        var sections = await db.Sections.OrderBy(s => s.Position).ToListAsync(cancel);
        string[] headlines = ["Harbour wall repairs finish a month early", "Ferry timetable adds a late crossing", "Tidal pool reopens after its clean"];
        for (var i = 0; i < headlines.Length; i++)
        {
            var photo = TestPhotos.Jpeg($"front-layout-{i}.jpg", 1600, 1000);
            using var bytes = new MemoryStream(photo.Buffer);
            var upload = await library.UploadAsync(
                new MediaUpload(bytes, bytes.Length, photo.Name, new MediaDetails($"Picture for {headlines[i]}", null, "Test desk")), Actor.System("test"), cancel);
            var publishedAt = DateTimeOffset.UtcNow.AddMinutes(-10 * (i + 1));
            var article = StoryFactory.Create(new NewStory(headlines[i], $"front-layout-{i}", "The story.",
                new RenderedBody("<p>The story.</p>", 2), ArticleStatus.Published, publishedAt.AddHours(-1)) { PublishedAt = publishedAt });
            article.SectionId = sections[i % sections.Count].Id;
            article.Standfirst = "What happened, and why it matters to the town.";
            article.FeaturedImageId = upload.Item!.Id;
            db.AllArticles.Add(article);
        }
        await db.SaveChangesAsync(cancel);
        await host.EvictCachedPagesAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task On_a_laptop_the_lead_picture_stands_beside_its_headline_and_the_page_does_not_scroll_sideways()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await FrontPage.OpenAsync(page);
        await Screenshots.SaveAsync(page, "front-page-hierarchy", Viewport.Desktop);

        var picture = await page.Locator(".lead-story img").BoundingBoxAsync();
        var headline = await page.Locator(".lead-story__headline").BoundingBoxAsync();
        Assert.NotNull(picture);
        Assert.NotNull(headline);
        Assert.True(picture.X + picture.Width <= headline.X, $"The lead picture ends at {picture.X + picture.Width} px, the headline starts at {headline.X} px.");
        Assert.Equal(3, await page.Locator(".top-stories .story-card").CountAsync());
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Viewport.Desktop.Width, $"The page is {width} px wide in a {Viewport.Desktop.Width} px window.");
    }

    [Fact]
    public async Task On_a_phone_the_lead_picture_fills_the_column_above_a_single_column_of_stories()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone);
        var page = await context.NewPageAsync();
        await FrontPage.OpenAsync(page);
        await Screenshots.SaveAsync(page, "front-page-hierarchy", Viewport.Phone);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await Screenshots.SaveAsync(page, "front-page-hierarchy-dark", Viewport.Phone);

        var picture = await page.Locator(".lead-story img").BoundingBoxAsync();
        var headline = await page.Locator(".lead-story__headline").BoundingBoxAsync();
        Assert.NotNull(picture);
        Assert.NotNull(headline);
        Assert.True(picture.Width >= Viewport.Phone.Width - 40, $"The lead picture is {picture.Width} px wide.");
        Assert.True(picture.Y + picture.Height <= headline.Y, "The headline follows the picture.");
        var cards = await page.Locator(".top-stories .story-card").AllAsync();
        var lefts = new List<float>();
        foreach (var card in cards)
        {
            lefts.Add((await card.BoundingBoxAsync())!.X);
        }
        Assert.All(lefts, x => Assert.Equal(lefts[0], x));
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Viewport.Phone.Width, $"The page is {width} px wide in a {Viewport.Phone.Width} px window.");
    }
}
