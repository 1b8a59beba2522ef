using Byline.Accounts;
using System.Net;
using AngleSharp.Dom;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Pages;

/// <summary>
/// The end of a story leads on: "Next in {Section}" (the section's next older story) and "Related stories" (ranked
/// when a story is published, stored, and filtered when read), before the comments.
/// </summary>
public sealed class StoryEndTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static List<string> Related(IDocument page) =>
        page.QuerySelectorAll(".story-end__related h3 a").Select(a => a.GetAttribute("href")!).ToList();

    private static string? Next(IDocument page) => page.QuerySelector(".story-end__next h3 a")?.GetAttribute("href");

    [Fact]
    public async Task Publishing_a_story_puts_it_in_the_related_lists_of_its_new_neighbours_and_never_in_its_own()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var picture = await MediaDesk.UploadedAsync(host, editor, "story-end-kiln.jpg", "The kiln's chimney");
        // Three stories in different sections, joined only by a tag no sample story carries.
        var first = await StoryEndDesk.PublishAsync(host, editor, "Kiln trail opens to walkers", "culture", "Kiln trail", picture.Id);
        var second = await StoryEndDesk.PublishAsync(host, editor, "Kiln trail cafe wins its licence", "business", "Kiln trail");
        using var reader = host.CreateReader();
        var firstPath = await StoryEndDesk.PathAsync(host, first);
        var before = await reader.GetDocumentAsync(firstPath);
        Assert.Contains(await StoryEndDesk.PathAsync(host, second), Related(before));

        var third = await StoryEndDesk.PublishAsync(host, editor, "Kiln trail gets its own bus stop", "city", "Kiln trail");
        var thirdPath = await StoryEndDesk.PathAsync(host, third);
        var after = await reader.GetDocumentAsync(firstPath);
        var thirdPage = await reader.GetDocumentAsync(thirdPath);

        // Sharing the tag and nothing else, the newest comes first.
        Assert.Equal([thirdPath, await StoryEndDesk.PathAsync(host, second)], Related(after).Take(2));
        Assert.DoesNotContain(firstPath, Related(before));
        Assert.DoesNotContain(thirdPath, Related(thirdPage));
        Assert.Contains(firstPath, Related(thirdPage));
        Assert.True(Related(after).Count <= RelatedStory.PerStory);
        // The story with a picture shows it as the card's thumbnail, from the same query.
        var card = thirdPage.QuerySelectorAll(".story-end__related .story-card").Single(c => c.QuerySelector("h3 a")!.GetAttribute("href") == firstPath);
        Assert.Contains(picture.StorageKey, card.QuerySelector("img")!.GetAttribute("srcset"), StringComparison.Ordinal);
        // Before the comments, as the newsroom reads on.
        Assert.True(thirdPage.QuerySelector(".story-end")!.CompareDocumentPosition(thirdPage.QuerySelector("#comments")!).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public async Task Every_related_story_shares_a_tag_or_the_section_of_the_story()
    {
        using var reader = host.CreateReader();
        var story = await host.StoryAsync(Stories.Footbridge);
        var page = await reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));

        var stored = await host.WithDatabaseAsync(db => db.RelatedStories.Where(r => r.ArticleId == story.Id).OrderBy(r => r.Position)
            .Select(r => r.RelatedArticleId).ToListAsync(Cancel));
        var tags = await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == story.Id).SelectMany(a => a.Tags.Select(t => t.Id)).ToListAsync(Cancel));
        var sharing = await host.WithDatabaseAsync(db => db.Articles
            .Where(a => stored.Contains(a.Id) && (a.SectionId == story.SectionId || a.Tags.Any(t => tags.Contains(t.Id))))
            .CountAsync(Cancel));

        Assert.NotEmpty(stored);
        Assert.Equal(stored.Count, sharing);
        Assert.DoesNotContain(story.Id, stored);
        Assert.NotEmpty(Related(page));
    }

    [Fact]
    public async Task Next_in_the_section_is_the_sections_next_older_published_story()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var older = await StoryEndDesk.PublishAsync(host, editor, "Rowing club buys a second boat", "sport", "Boat shed");
        var newer = await StoryEndDesk.PublishAsync(host, editor, "Rowing club names its new boat", "sport", "Boat shed");
        using var reader = host.CreateReader();

        var page = await reader.GetDocumentAsync(await StoryEndDesk.PathAsync(host, newer));

        Assert.Equal(await StoryEndDesk.PathAsync(host, older), Next(page));
        Assert.Equal("Next in Sport", page.QuerySelector("#next-heading")!.TextContent.Trim());
        // Shown once: as the next story, not again among the related ones.
        Assert.DoesNotContain(Next(page), Related(page));
    }

    [Fact]
    public async Task An_unpublished_story_leaves_the_related_lists_and_a_renamed_one_shows_its_new_headline_on_cached_pages()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var kept = await StoryEndDesk.PublishAsync(host, editor, "Lighthouse keepers' cottages listed", "culture", "Lighthouse cottages");
        var renamed = await StoryEndDesk.PublishAsync(host, editor, "Lighthouse cottages open for a weekend", "city", "Lighthouse cottages");
        var withdrawn = await StoryEndDesk.PublishAsync(host, editor, "Lighthouse cottages get a cafe", "business", "Lighthouse cottages");
        var keptPath = await StoryEndDesk.PathAsync(host, kept);
        var withdrawnPath = await StoryEndDesk.PathAsync(host, withdrawn);
        var renamedPath = await StoryEndDesk.PathAsync(host, renamed);
        using var reader = host.CreateReader();
        // Cached now, listing both.
        var cached = await reader.GetDocumentAsync(keptPath);
        Assert.Contains(withdrawnPath, Related(cached));
        Assert.Contains(renamedPath, Related(cached));

        using (var unpublished = await StoryDesk.MoveAsync(editor, withdrawn, "Unpublish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        }
        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{renamed}");
        using (var saved = await StoryDesk.SaveAsync(editor, renamed, page, new Dictionary<string, string> { ["Draft.Headline"] = "Lighthouse cottages open for two weekends" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var after = await reader.GetDocumentAsync(keptPath);

        Assert.DoesNotContain(withdrawnPath, Related(after));
        Assert.Contains(after.QuerySelectorAll(".story-end__related h3 a"), a => a.TextContent == "Lighthouse cottages open for two weekends");
        Assert.False(await host.WithDatabaseAsync(db => db.RelatedStories.AnyAsync(r => r.RelatedArticleId == withdrawn || r.ArticleId == withdrawn, Cancel)));
    }
}
