using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Byline.Accounts;
using Byline.Media;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The library knows every story that uses an image, featured or in its text, whatever the story's status.</summary>
public sealed class MediaUsageTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_image_shown_only_in_a_drafts_text_is_not_deleted_without_a_warning_naming_the_draft()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await MediaDesk.UploadedAsync(host, editor, "kiln.jpg", "The old brick kiln at Ferngate");
        var draftId = await StoryDesk.CreateAsync(editor, "Brick kiln to reopen as a gallery", await StoryDesk.SectionIdAsync(host, "culture"),
            $"The kiln closed in 1961.\n\n![The old brick kiln]({MediaUrls.Variant(item, 640, MediaFileNames.WebP)})\n\nIt reopens in May.");
        var path = $"/newsroom/media/{item.Id}";
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        await MediaDesk.TrashAsync(editor, item.Id);

        using var warning = await admin.Client.PostFormAsync(path + "?handler=Delete", new Dictionary<string, string>(), path);
        using var unconfirmed = await admin.Client.PostFormAsync(path + "?handler=Delete", new Dictionary<string, string> { ["confirm"] = "true" }, path);

        Assert.Equal(HttpStatusCode.Conflict, warning.StatusCode);
        var notice = Html.Parse(await warning.Content.ReadAsStringAsync(Cancel)).QuerySelector(".nr-media-confirm .notice--error")!;
        Assert.Contains("in the text of this story", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("Brick kiln to reopen as a gallery", StoryLink(notice, draftId).TextContent);
        Assert.Equal(HttpStatusCode.Conflict, unconfirmed.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));
        using var reader = host.CreateReader();
        using var variant = await reader.GetAsync(new Uri(MediaUrls.Variant(item, 640, MediaFileNames.WebP), UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
    }

    [Fact]
    public async Task An_image_in_a_published_storys_text_is_deleted_only_after_a_confirmation_that_says_the_story_will_show_a_broken_image()
    {
        const string slug = "harbour-row-bakery-expands-into-empty-shops";
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await MediaDesk.UploadedAsync(host, editor, "ovens.jpg", "The bakery's two ovens before dawn");
        var story = await host.StoryAsync(slug);
        // The absolute form of the address, as a member pasting it from the public page writes it.
        var address = new Uri(host.BaseAddress, MediaUrls.Variant(item, 960, MediaFileNames.Jpeg)).AbsoluteUri;
        await AddToTextAsync(editor, story.Id, $"![The ovens]({address})");
        using var reader = host.CreateReader();
        var storyPath = await host.PathOfAsync(slug);
        // An absolute address on this site is the library's image: the story shows it as a figure.
        Assert.NotNull((await reader.GetDocumentAsync(storyPath)).QuerySelector($"figure.story__figure img[src='{MediaUrls.Largest(item)}']"));
        var path = $"/newsroom/media/{item.Id}";
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        await MediaDesk.TrashAsync(editor, item.Id);

        using var warning = await admin.Client.PostFormAsync(path + "?handler=Delete", new Dictionary<string, string>(), path);

        Assert.Equal(HttpStatusCode.Conflict, warning.StatusCode);
        var warned = Html.Parse(await warning.Content.ReadAsStringAsync(Cancel));
        var notice = warned.QuerySelector(".nr-media-confirm .notice--error")!;
        Assert.Equal(story.Headline, StoryLink(notice, story.Id).TextContent);
        Assert.Contains("Published", StoryLink(notice, story.Id).ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("broken image", notice.TextContent, StringComparison.Ordinal);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));

        var confirmForm = BrowserForm.Read(warned, ".nr-media-confirm form");
        Assert.Equal(story.Id.ToString(CultureInfo.InvariantCulture), confirmForm["stories"]);
        using var confirmed = await confirmForm.PostAsync(admin.Client);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));
        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.MediaDeleted && e.Subject == $"media:{item.Id}", Cancel));
        Assert.Contains($"still in the text of “{story.Headline}”", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_image_page_names_each_story_that_features_it_or_shows_it_in_its_text_with_its_status()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var item = await MediaDesk.UploadedAsync(host, editor, "swimmers.jpg", "Swimmers at the estuary mouth");
        var featuring = await host.StoryAsync("wren-estuary-swim-lifeguards-weather");
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == featuring.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.FeaturedImageId, item.Id), Cancel));
        var sectionId = await StoryDesk.SectionIdAsync(host, "sport");
        var inReview = await StoryDesk.CreateAsync(editor, "Estuary swim moves to June", sectionId,
            $"<img src=\"{MediaUrls.Variant(item, 320, MediaFileNames.Jpeg)}\" alt=\"Swimmers\">\n\nThe swim moves.");
        using (var submitted = await StoryDesk.MoveAsync(editor, inReview, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        var both = await StoryDesk.CreateAsync(editor, "Lifeguards train for the swim", sectionId,
            $"![Swimmers]({MediaUrls.Largest(item)})");
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == both)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.FeaturedImageId, item.Id), Cancel));

        var page = await editor.Client.GetDocumentAsync($"/newsroom/media/{item.Id}");

        var usedIn = page.QuerySelector("section[aria-labelledby=usage-heading]")!;
        Assert.Equal(3, usedIn.QuerySelectorAll("li").Length);
        Assert.Equal((featuring.Headline, "Published", "featured image"), Use(usedIn, featuring.Id));
        Assert.Equal(("Estuary swim moves to June", "In review", "in the text"), Use(usedIn, inReview));
        Assert.Equal(("Lifeguards train for the swim", "Draft", "featured image and in the text"), Use(usedIn, both));
    }

    [Fact]
    public async Task An_author_cannot_delete_their_image_from_the_text_of_a_story_they_cannot_edit()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var item = await MediaDesk.UploadedAsync(host, author, "playhouse.jpg", "The Gullrock Playhouse stage");
        var story = await host.StoryAsync("review-the-tide-clock-gullrock-playhouse");
        await AddToTextAsync(editor, story.Id, $"![The stage]({MediaUrls.Variant(item, 640, MediaFileNames.Jpeg)})");
        var path = $"/newsroom/media/{item.Id}";

        using var ask = await author.Client.PostFormAsync(path + "?handler=Trash", new Dictionary<string, string>(), path);
        using var confirmed = await author.Client.PostFormAsync(path + "?handler=Trash", new Dictionary<string, string> { ["confirm"] = "true" }, path);

        Assert.Equal(HttpStatusCode.Forbidden, ask.StatusCode);
        Assert.Contains($"“{story.Headline}”", Html.Parse(await ask.Content.ReadAsStringAsync(Cancel)).QuerySelector(".notice--error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, confirmed.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == item.Id, Cancel)));
    }

    /// <summary>Saves the story in the editor with <paramref name="markdown"/> added at the end of its text.</summary>
    private async Task AddToTextAsync(NewsroomSession editor, int storyId, string markdown)
    {
        var fields = await StoryDesk.CurrentFieldsAsync(host, storyId);
        fields["Draft.Body"] += "\n\n" + markdown;
        using var saved = await editor.Client.PostFormAsync($"/newsroom/stories/{storyId}?handler=Save", fields, $"/newsroom/stories/{storyId}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static IElement StoryLink(IElement scope, int storyId) =>
        scope.QuerySelector($"a[href='/newsroom/stories/{storyId}']")
        ?? throw new Xunit.Sdk.XunitException($"No link to story {storyId} in: {scope.TextContent}");

    private static (string Headline, string Status, string Use) Use(IElement scope, int storyId)
    {
        var row = StoryLink(scope, storyId).Closest("li")!;
        return (StoryLink(scope, storyId).TextContent, row.QuerySelector(".status")!.TextContent, row.QuerySelector(".nr-media-use")!.TextContent);
    }
}
