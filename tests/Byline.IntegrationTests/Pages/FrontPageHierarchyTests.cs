using Byline.Accounts;
using AngleSharp.Dom;
using Byline.IntegrationTests.Newsroom;
using Byline.Media;
using Byline.Pages;
using Byline.Testing;

namespace Byline.IntegrationTests.Pages;

/// <summary>
/// The front page reads as a newspaper's: a lead story with its picture, secondary stories, the latest, then the
/// sections, and no story twice. On the sample site and 45 older stories, so the section blocks have stories to show.
/// </summary>
public sealed class FrontPageHierarchyTests(LargeArchiveHost host) : IClassFixture<LargeArchiveHost>
{
    /// <summary>Every link to a story on the page (the story links carry a date in their address).</summary>
    private static List<string> StoryLinks(IDocument page) =>
        page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .Where(href => System.Text.RegularExpressions.Regex.IsMatch(href, @"^/[a-z0-9-]+/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$"))
            .ToList();

    [Fact]
    public async Task The_front_page_leads_with_the_newest_story_and_its_picture_loaded_first_and_every_other_picture_lazily()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var picture = await MediaDesk.UploadedAsync(host, editor, "front-lead-harbour.jpg", "Cranes over the harbour at dusk");
        var id = await StoryEndDesk.PublishAsync(host, editor, "Harbour cranes lit for the first time", "business", "Front lead test", picture.Id);
        var older = await MediaDesk.UploadedAsync(host, editor, "front-second-quay.jpg", "The quay at low tide");
        var secondId = await StoryEndDesk.PublishAsync(host, editor, "Quay steps to be repaired", "business", "Front second test", older.Id);
        var newest = await StoryEndDesk.PathAsync(host, secondId);

        using var reader = host.CreateReader();
        var page = await reader.GetDocumentAsync("/");

        Assert.Equal(newest, page.QuerySelector(".lead-story .lead-story__headline a")!.GetAttribute("href"));
        var leadImage = page.QuerySelector(".lead-story img")!;
        Assert.Equal("The quay at low tide", leadImage.GetAttribute("alt"));
        Assert.Equal("high", leadImage.GetAttribute("fetchpriority"));
        Assert.Null(leadImage.GetAttribute("loading"));
        Assert.Equal(older.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), leadImage.GetAttribute("width"));
        Assert.Contains(MediaUrls.Variant(older, 640, MediaFileNames.Jpeg) + " 640w", leadImage.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains("100vw", leadImage.GetAttribute("sizes"), StringComparison.Ordinal);

        // The story before it is now a secondary story, with a thumbnail that waits until it nears the screen.
        var second = page.QuerySelectorAll(".top-stories .story-card")[0];
        Assert.Equal(await StoryEndDesk.PathAsync(host, id), second.QuerySelector("h2 a")!.GetAttribute("href"));
        var thumbnail = second.QuerySelector("img")!;
        Assert.Equal("lazy", thumbnail.GetAttribute("loading"));
        Assert.Contains(picture.StorageKey, thumbnail.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal(IndexModel.TopStoryCount, page.QuerySelectorAll(".top-stories .story-card").Length);
        Assert.Single(page.QuerySelectorAll("img[fetchpriority=high]"));
        Assert.All(page.QuerySelectorAll("main img").Skip(1), img => Assert.Equal("lazy", img.GetAttribute("loading")));
    }

    [Fact]
    public async Task No_story_appears_twice_on_the_first_page_and_the_section_blocks_show_older_stories_than_the_river()
    {
        using var reader = host.CreateReader();
        var page = await reader.GetDocumentAsync("/");

        var links = StoryLinks(page);
        Assert.Equal(links.Count, links.Distinct(StringComparer.Ordinal).Count());
        var blockLinks = page.QuerySelectorAll(".section-block a").Select(a => a.GetAttribute("href")!).Where(links.Contains).ToList();
        Assert.NotEmpty(blockLinks);
        // The lead, the secondary stories and the river are the page's 20 newest; each section block shows what follows.
        Assert.Equal(Byline.Web.PageNumber.PageSize, page.QuerySelectorAll(".lead-story, .top-stories .story-card, .latest .story-card").Length);
        Assert.Contains(page.QuerySelectorAll(".section-block"), block => block.QuerySelector("h2")!.TextContent.Trim() == "Environment");
    }

    [Fact]
    public async Task The_second_page_of_the_river_follows_the_first_without_a_lead_or_section_blocks()
    {
        using var reader = host.CreateReader();
        var first = await reader.GetDocumentAsync("/");
        var second = await reader.GetDocumentAsync("/?page=2");

        Assert.Null(second.QuerySelector(".lead-story"));
        Assert.Empty(second.QuerySelectorAll(".section-block"));
        Assert.Equal(Byline.Web.PageNumber.PageSize, second.QuerySelectorAll(".story-card").Length);
        var onFirst = first.QuerySelectorAll(".lead-story h2 a, .top-stories h2 a, .latest h2 a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.DoesNotContain(second.QuerySelectorAll(".story-card h2 a"), a => onFirst.Contains(a.GetAttribute("href")));
    }
}
