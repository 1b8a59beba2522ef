using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>A contributor whose story an editor published follows it from the desk to a read-only view, not a 403.</summary>
public sealed class ContributorReadsOwnStoryTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task A_contributor_opens_their_published_story_from_the_desk_and_reads_it()
    {
        await using var contributorsBrowser = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone);
        var contributor = await contributorsBrowser.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, contributor, NewsroomRole.Contributor, "Cas Contributor");
        var writing = await StoryEditorPage.OpenNewAsync(contributor);
        var headline = $"Night ferry returns for the summer ({Guid.NewGuid().ToString("N")[..6]})";
        await writing.Headline.FillAsync(headline);
        await writing.Standfirst.FillAsync("The crossing runs again from June.");
        await writing.SetBodyMarkdownAsync("The night ferry returns.\n\n## Timetable\n\nIt leaves at eleven.");
        await writing.SaveNewAsync();
        await Expect(contributor.GetByText("Upload an image")).ToHaveCountAsync(0);
        await writing.WorkflowButton("Submit for review").ClickAsync();
        await Expect(writing.WorkflowButton("Submit for review")).ToHaveCountAsync(0);
        var storyUrl = contributor.Url;

        await using var editorsBrowser = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var editorPage = await editorsBrowser.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, editorPage, NewsroomRole.Editor, "Eda Editor");
        await editorPage.GotoAsync(storyUrl);
        var editor = new StoryEditorPage(editorPage);
        await editor.WorkflowButton("Publish now").ClickAsync();
        await Expect(editor.WorkflowButton("Unpublish")).ToBeVisibleAsync();

        await contributor.GotoAsync("/newsroom");
        await contributor.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Recently published" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = headline }).ClickAsync();

        await Expect(contributor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/newsroom/stories/\d+/read$"));
        await Expect(contributor.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync(headline);
        await Expect(contributor.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Timetable" })).ToBeVisibleAsync();
        await Expect(contributor.GetByText("You can read this story but not change it")).ToBeVisibleAsync();
        await Expect(contributor.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "View on the site" })).ToBeVisibleAsync();
        await Expect(contributor.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save", Exact = true })).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(contributor, "story-read-only", Viewport.Phone);
        Assert.True(await new NewsroomShell(contributor).DocumentScrollWidthAsync() <= Viewport.Phone.Width, "the read view scrolls sideways on a phone");
        await contributor.SetViewportSizeAsync(Viewport.Desktop.Width, Viewport.Desktop.Height);
        await Screenshots.SaveAsync(contributor, "story-read-only", Viewport.Desktop);
    }
}
