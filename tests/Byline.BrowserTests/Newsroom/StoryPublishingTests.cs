using System.Text.RegularExpressions;

using Byline.Accounts;
using Byline.BrowserTests.Pages;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

public sealed partial class StoryPublishingTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private const string FileName = "pier-at-dusk.jpg";
    private const string AltText = "The repaired pier stretching out over a calm sea at dusk";
    private const string Caption = "The pier on its first evening open to walkers again.";
    private const string Credit = "Mara Quill / Larkhaven Photo";
    private const string Headline = "Larkhaven pier reopens after a winter of repairs";
    private const string Standfirst = "Walkers are back on the Victorian pier after divers found and fixed corrosion on forty of its iron legs.";
    private const string Subheading = "What the repairs cost";
    private const string Body = $"""
        The harbour trust reopened the pier on Saturday morning, five months after it was closed for safety checks.

        ## {Subheading}

        The trust spent **£1.2 million**, most of it on corrosion that divers found during the autumn survey.

        - New steel sleeves on forty legs
        - A resurfaced deck from the gates to the café
        """;

    [Fact]
    public async Task An_editor_writes_a_story_with_a_subheading_and_an_image_previews_and_publishes_it_and_a_reader_finds_it()
    {
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        var shell = new NewsroomShell(page);
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Nia Editor");

        var upload = await ImageUploadPage.OpenAsync(page);
        await upload.UploadAsync(TestPhotos.Jpeg(FileName, 1600, 900), AltText, Caption, Credit);
        await Expect(shell.Flash).ToContainTextAsync($"Uploaded “{FileName}”");
        await Screenshots.SaveAsync(page, "newsroom-media-uploaded", Viewport.Desktop);

        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync(Headline);
        await editor.Standfirst.FillAsync(Standfirst);
        await editor.SetBodyMarkdownAsync(Body);
        await editor.ChooseFeaturedImageAsync($"{AltText} ({FileName})");
        await editor.Tags.FillAsync("Pier repairs, Harbour trust");

        await editor.PreviewAsync();
        await Expect(editor.PreviewSubheadings).ToHaveTextAsync([Subheading]);
        await Expect(editor.PreviewBody.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(editor.Preview.GetByRole(AriaRole.Img, new LocatorGetByRoleOptions { Name = AltText })).ToBeVisibleAsync();
        await Expect(editor.Headline).ToHaveValueAsync(Headline);
        await Expect(editor.FeaturedImage.Locator("option:checked")).ToHaveTextAsync($"{AltText} ({FileName})");
        await Screenshots.SaveAsync(page, "newsroom-story-preview", Viewport.Desktop);

        await editor.SaveNewAsync();
        await Expect(shell.Flash).ToHaveTextAsync("The draft is saved.");
        await Expect(editor.Title).ToHaveTextAsync(Headline);
        await editor.WorkflowButton("Publish now").ClickAsync();
        await Expect(editor.WorkflowButton("Unpublish")).ToBeVisibleAsync();
        await Expect(editor.ViewOnTheSite).ToHaveAttributeAsync("href", ArticlePath());
        await Screenshots.SaveAsync(page, "newsroom-story-published", Viewport.Desktop);

        await using var readerContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var reader = await readerContext.NewPageAsync();
        var front = await FrontPage.OpenAsync(reader);
        await Expect(front.LeadHeadlineLink).ToHaveTextAsync(Headline);
        var article = await front.FollowLeadStoryAsync();

        await Expect(article.Headline).ToHaveTextAsync(Headline);
        await Expect(article.Standfirst).ToHaveTextAsync(Standfirst);
        await Expect(article.Subheadings).ToHaveTextAsync([Subheading]);
        await Expect(article.TagLinks.GetByText("Pier repairs", new LocatorGetByTextOptions { Exact = true })).ToHaveCountAsync(1);
        await Expect(article.TagLinks.GetByText("Harbour trust", new LocatorGetByTextOptions { Exact = true })).ToHaveCountAsync(1);
        var image = article.FeaturedImage;
        await Expect(image).ToHaveAttributeAsync("alt", AltText);
        await Expect(image).ToHaveAttributeAsync("srcset", SrcSet());
        await Expect(image).ToHaveAttributeAsync("width", "1600");
        await Expect(image).ToHaveAttributeAsync("height", "900");
        var naturalWidth = await article.FeaturedImageNaturalWidthAsync();
        Assert.True(naturalWidth > 0, $"The featured image loaded (naturalWidth is {naturalWidth}).");
        await Expect(article.FeaturedFigure).ToContainTextAsync(Caption);
        await Expect(article.FeaturedFigure).ToContainTextAsync(Credit);
        await Screenshots.SaveAsync(reader, "article-with-featured-image", Viewport.Desktop);

        var feed = await readerContext.APIRequest.GetAsync("/feed");
        Assert.Equal(200, feed.Status);
        Assert.Contains(Headline, await feed.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_now_publishes_the_headline_just_typed_without_asking_to_leave_the_page()
    {
        const string typedHeadline = "Harbour wall repairs finish a week early";
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.AcceptAsync();
        };
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Ros Author");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync("Harbour wall repairs continue");
        await editor.SetBodyMarkdownAsync("The contractors expect to finish by the end of the month.");
        await editor.SaveNewAsync();

        await editor.Headline.FillAsync(typedHeadline);
        await editor.SetBodyMarkdownAsync("The contractors finished on Friday, a week ahead of the plan.");
        await Screenshots.SaveAsync(page, "newsroom-story-workflow", Viewport.Desktop);
        await page.SetViewportSizeAsync(Viewport.Phone.Width, Viewport.Phone.Height);
        await Screenshots.SaveAsync(page, "newsroom-story-workflow", Viewport.Phone);
        await editor.WorkflowButton("Publish now").ClickAsync();

        await Expect(editor.WorkflowButton("Unpublish")).ToBeVisibleAsync();
        Assert.Empty(dialogs);
        await Expect(editor.Title).ToHaveTextAsync(typedHeadline);
        await using var readerContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var reader = await readerContext.NewPageAsync();
        var storyPath = await editor.ViewOnTheSite.GetAttributeAsync("href");
        Assert.NotNull(storyPath);
        await reader.GotoAsync(storyPath);
        var article = new ArticlePage(reader);
        await Expect(article.Headline).ToHaveTextAsync(typedHeadline);
        await Expect(article.Body).ToContainTextAsync("a week ahead of the plan");
    }

    [Fact]
    public async Task A_move_pressed_while_an_autosave_is_on_its_way_waits_for_it_instead_of_meeting_it_as_a_conflict()
    {
        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Sol Author");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync("Lifeboat crew trains at night");
        await editor.SetBodyMarkdownAsync("The crew launched twice.");
        await editor.SaveNewAsync();
        var autosaveSaved = new TaskCompletionSource();
        var answerAutosave = new TaskCompletionSource();
        // The autosave reaches the server (the story's version moves on) while its answer is held back.
        await page.RouteAsync(AutosaveRequest(), async route =>
        {
            var saved = await route.FetchAsync();
            autosaveSaved.TrySetResult();
            await answerAutosave.Task;
            await route.FulfillAsync(new RouteFulfillOptions { Response = saved });
        });

        await editor.SetBodyMarkdownAsync("The crew launched twice, once in a gale.");
        await autosaveSaved.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        await editor.WorkflowButton("Publish now").ClickAsync();
        answerAutosave.SetResult();

        await Expect(new NewsroomShell(page).Flash).ToHaveTextAsync("Published “Lifeboat crew trains at night”.");
        await Expect(editor.Body).ToHaveValueAsync("The crew launched twice, once in a gale.");
    }

    /// <summary>Every candidate is an image URL with its width: "/media/…-320.jpg 320w, /media/…-640.jpg 640w".</summary>
    [GeneratedRegex(@"^\S+\.jpg \d+w(, \S+\.jpg \d+w)+$")]
    private static partial Regex SrcSet();

    [GeneratedRegex(@"[?&]handler=Autosave")]
    private static partial Regex AutosaveRequest();

    [GeneratedRegex(@"^/[a-z0-9-]+/\d{4}/\d{2}/\d{2}/larkhaven-pier-reopens-after-a-winter-of-repairs$")]
    private static partial Regex ArticlePath();
}
