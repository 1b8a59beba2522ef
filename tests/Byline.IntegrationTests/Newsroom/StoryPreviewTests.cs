using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The story form's preview (<c>POST /newsroom/stories/{id}/preview</c>): the form as typed, saved or not, rendered as
/// its public page by the article page's own partial, in the reader layout, framable by the newsroom only.
/// </summary>
public sealed class StoryPreviewTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_preview_shows_the_unsaved_form_as_the_public_page_with_byline_reading_time_image_body_and_tags()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Priya Preview");
        var section = await StoryDesk.SectionIdAsync(host, "city");
        var id = await StoryDesk.CreateAsync(editor, "Saved headline of the ferry story", section);
        var image = await MediaDesk.UploadedAsync(host, editor, "preview-ferry.jpg", "The ferry at the north pier");
        var words = string.Join(' ', Enumerable.Repeat("word", 600));
        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");

        using var response = await PreviewForm(page, new()
        {
            ["Draft.Headline"] = "Unsaved headline: the ferry returns",
            ["Draft.Body"] = $"{words}\n\n## Unsaved subheading\n\nThe last paragraph.",
            ["Draft.FeaturedImageId"] = image.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Draft.Tags"] = "Ferries, A brand new tag",
        }).PostAsync(editor.Client, $"/newsroom/stories/{id}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var story = preview.QuerySelector("main article.story")!;
        Assert.Equal("Unsaved headline: the ferry returns", Assert.Single(preview.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("City", story.QuerySelector(".kicker a")!.TextContent);
        Assert.Equal("Priya Preview", story.QuerySelector(".byline__names a[rel=author]")!.TextContent);
        Assert.Equal("3 min read", story.QuerySelector(".reading-time")!.TextContent);
        Assert.Contains("Not published yet", story.QuerySelector(".byline__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The ferry at the north pier", story.QuerySelector("picture img")!.GetAttribute("alt"));
        Assert.Equal("unsaved-subheading", story.QuerySelector(".story__body h2")!.Id);
        Assert.Equal(["A brand new tag", "Ferries"], story.QuerySelectorAll(".tag-list a").Select(a => a.TextContent));
        Assert.Equal("Preview — not published", preview.QuerySelector(".preview-banner")!.TextContent);
        Assert.Equal("Comments appear here once published.", preview.QuerySelector(".preview-note")!.TextContent);
        Assert.Null(preview.QuerySelector("#comments, .comment-form"));
        // The reader layout, not the newsroom's.
        Assert.NotNull(preview.QuerySelector("header.masthead"));
        Assert.Null(preview.QuerySelector(".nr-bar"));
        Assert.Equal("noindex, follow", preview.QuerySelector("meta[name=robots]")!.GetAttribute("content"));

        // Nothing was saved.
        var stored = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, Cancel));
        Assert.Equal("Saved headline of the ferry story", stored.Headline);
        Assert.False(await host.WithDatabaseAsync(db => db.Tags.AnyAsync(t => t.Name == "A brand new tag", Cancel)));
    }

    [Fact]
    public async Task The_preview_may_be_framed_by_the_newsroom_only_and_is_never_stored_or_indexed()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await StoryDesk.CreateAsync(author, "Headers of the preview", await StoryDesk.SectionIdAsync(host, "city"));
        var page = await author.Client.GetDocumentAsync($"/newsroom/stories/{id}");

        using var preview = await PreviewForm(page, new()).PostAsync(author.Client, $"/newsroom/stories/{id}/preview");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("noindex", string.Join(",", preview.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        var policy = string.Join(";", preview.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", string.Join(",", preview.Headers.GetValues("X-Frame-Options")));

        // The story page around it stays unframable.
        using var story = await author.Client.GetAsync(new Uri($"/newsroom/stories/{id}", UriKind.Relative), Cancel);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", story.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", string.Join(",", story.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_story_form_previews_into_a_new_tab_without_javascript()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await StoryDesk.CreateAsync(author, "Preview button", await StoryDesk.SectionIdAsync(host, "city"));

        var button = (await author.Client.GetDocumentAsync($"/newsroom/stories/{id}")).QuerySelector("#story-form button[data-preview]")!;
        var blank = (await author.Client.GetDocumentAsync("/newsroom/stories/new")).QuerySelector("#story-form button[data-preview]")!;

        Assert.Equal("Preview", button.TextContent);
        Assert.Equal($"/newsroom/stories/{id}/preview", button.GetAttribute("formaction"));
        Assert.Equal("_blank", button.GetAttribute("formtarget"));
        Assert.Equal("/newsroom/stories/new/preview", blank.GetAttribute("formaction"));
    }

    [Fact]
    public async Task A_story_not_saved_yet_is_previewed_with_the_member_as_its_author_and_nothing_is_stored()
    {
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cora Contributor");
        var before = await host.WithDatabaseAsync(db => db.Articles.CountAsync(Cancel));
        var page = await contributor.Client.GetDocumentAsync("/newsroom/stories/new");

        using var response = await PreviewForm(page, new()
        {
            ["Draft.Headline"] = "A first draft, never saved",
            ["Draft.Body"] = "One paragraph.",
        }).PostAsync(contributor.Client, "/newsroom/stories/new/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("A first draft, never saved", preview.QuerySelector("h1")!.TextContent);
        Assert.Equal("Cora Contributor", preview.QuerySelector(".byline__names a")!.TextContent);
        Assert.Equal("1 min read", preview.QuerySelector(".reading-time")!.TextContent);
        Assert.Equal(before, await host.WithDatabaseAsync(db => db.Articles.CountAsync(Cancel)));
    }

    [Fact]
    public async Task Someone_who_cannot_edit_the_story_gets_403_and_a_post_without_the_form_token_400()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var section = await StoryDesk.SectionIdAsync(host, "city");
        var id = await StoryDesk.CreateAsync(editor, "An editor's story", section);
        var fields = StoryDesk.Fields("Peeking at an editor's story", section);

        using var forbidden = await contributor.Client.PostFormAsync($"/newsroom/stories/{id}/preview", fields, "/newsroom/stories/new");
        using var missing = await editor.Client.PostFormAsync("/newsroom/stories/999999/preview", fields, "/newsroom/stories/new");
        using var tokenless = await editor.Client.PostAsync(new Uri($"/newsroom/stories/{id}/preview", UriKind.Relative), new FormUrlEncodedContent(fields), Cancel);
        using var anonymous = await host.CreateReader().PostAsync(new Uri($"/newsroom/stories/{id}/preview", UriKind.Relative), new FormUrlEncodedContent(fields), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("Peeking", await forbidden.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.False(anonymous.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_form_without_a_section_is_told_so_in_words_with_400()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var fields = StoryDesk.Fields("No section", await StoryDesk.SectionIdAsync(host, "city"));
        fields["Draft.SectionId"] = "0";

        using var response = await author.Client.PostFormAsync("/newsroom/stories/new/preview", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose a section", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_story_is_previewed_with_its_publication_date()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Published, then edited", await StoryDesk.SectionIdAsync(host, "city"));
        using (var published = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");

        using var response = await PreviewForm(page, new() { ["Draft.Headline"] = "Published, then edited again" })
            .PostAsync(editor.Client, $"/newsroom/stories/{id}/preview");

        var preview = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var meta = preview.QuerySelector(".byline__meta")!;
        Assert.StartsWith("Published", meta.QuerySelector("span")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(meta.QuerySelector("time[datetime]"));
        Assert.Equal("Published, then edited again", preview.QuerySelector("h1")!.TextContent);
    }

    /// <summary>The story form of <paramref name="page"/> with <paramref name="changes"/> typed in, as the Preview button sends it.</summary>
    private static BrowserForm PreviewForm(AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<string, string> changes)
    {
        var form = BrowserForm.Read(page, "#story-form");
        foreach (var (name, value) in changes)
        {
            form.Set(name, value);
        }
        return form;
    }
}
