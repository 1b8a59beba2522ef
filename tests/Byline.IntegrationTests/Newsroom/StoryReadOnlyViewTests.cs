using System.Net;
using Byline.Accounts;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>A member reads their own story when they may no longer edit it (a contributor's published story), instead of a 403.</summary>
public sealed class StoryReadOnlyViewTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_contributors_published_story_opens_read_only_with_its_text_dates_corrections_and_public_link()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Eda Reading");
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cas Reading");
        var headline = $"The harbour wall reopens {Guid.NewGuid():N}";
        var id = await StoryDesk.CreateAsync(contributor, headline, await StoryDesk.SectionIdAsync(host, "city"));
        using (var submit = await StoryDesk.MoveAsync(contributor, id, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        }
        using (var publish = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }
        using (var correct = await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Correct",
            new Dictionary<string, string> { ["CorrectionText"] = "The wall is 40 metres long, not 400." }, $"/newsroom/stories/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, correct.StatusCode);
        }

        using var editAddress = await contributor.Client.GetAsync(new Uri($"/newsroom/stories/{id}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, editAddress.StatusCode);
        Assert.Equal($"/newsroom/stories/{id}/read", new Uri(host.BaseAddress, editAddress.Headers.Location!).PathAndQuery);

        var page = await contributor.Client.GetDocumentAsync($"/newsroom/stories/{id}/read");
        Assert.Equal(headline, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("You can read this story but not change it", page.QuerySelector(".story-read__notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"A standfirst for {headline}.", page.QuerySelector(".story-read__standfirst")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("What happened", page.QuerySelector(".story-read__body h2")!.TextContent.Trim());
        Assert.Contains("Published", page.QuerySelector(".story-read__facts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".story-read__facts time[datetime]"));
        Assert.Contains("The wall is 40 metres long, not 400.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(await PublicPathAsync(id), page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "View on the site").GetAttribute("href"));
        // Nothing on it offers what a contributor may not do: no form to change the story, no edit link.
        Assert.Empty(page.QuerySelectorAll("form[method=post]:not([action='/newsroom/sign-out'])"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Edit");

        // Still no way to change it by posting to the editor.
        using var save = await contributor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Save",
            StoryDesk.Fields("Changed by a contributor", await StoryDesk.SectionIdAsync(host, "city")), $"/newsroom/stories/{id}/read");
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
    }

    [Fact]
    public async Task Someone_elses_story_stays_closed_to_a_contributor_and_an_unknown_one_is_404()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Eda Closed");
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cas Closed");
        var id = await StoryDesk.CreateAsync(editor, $"Not the contributor's {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));

        using var read = await contributor.Client.GetAsync(new Uri($"/newsroom/stories/{id}/read", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        using var edit = await contributor.Client.GetAsync(new Uri($"/newsroom/stories/{id}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        using var unknown = await contributor.Client.GetAsync(new Uri("/newsroom/stories/99999999/read", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_editor_opening_the_read_view_is_offered_the_editor()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Eda Both");
        var id = await StoryDesk.CreateAsync(editor, $"Editor reads {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));

        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}/read");

        Assert.Equal($"/newsroom/stories/{id}", page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Edit").GetAttribute("href"));
        Assert.Null(page.QuerySelector(".story-read__notice"));
    }

    [Fact]
    public async Task A_contributor_is_not_offered_an_upload_they_may_not_make_and_an_author_is()
    {
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cas Uploads");
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Aut Uploads");

        var contributorsForm = await contributor.Client.GetDocumentAsync("/newsroom/stories/new");
        var authorsForm = await author.Client.GetDocumentAsync("/newsroom/stories/new");

        Assert.Empty(contributorsForm.QuerySelectorAll("a[href='/newsroom/media/upload']"));
        Assert.NotNull(contributorsForm.QuerySelector("a[href='/newsroom/media']"));
        Assert.NotNull(authorsForm.QuerySelector("a[href='/newsroom/media/upload']"));
    }

    private async Task<string> PublicPathAsync(int id)
    {
        var story = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Section).SingleAsync(a => a.Id == id, Cancel));
        return host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
    }
}
