using Byline.Accounts;
using Byline.BrowserTests.Pages;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

public sealed class CommentModerationTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private const string ReaderName = "Ada Reader";

    /// <summary>
    /// Two readers: the one who comments, and another who never did. The other reader is the proof of what the public
    /// sees (the commenter's own browser may be shown their comment while it waits); both see it once it is approved.
    /// </summary>
    [Fact]
    public async Task A_moderator_approves_a_pending_comment_and_readers_see_it()
    {
        var stamp = Guid.NewGuid().ToString("N")[..10];
        var comment = $"Will the pier stay open through the storm season? (ref {stamp})";
        await using var readerContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var reader = await readerContext.NewPageAsync();
        var article = await (await FrontPage.OpenAsync(reader)).FollowLeadStoryAsync();
        var storyUrl = reader.Url;

        await ReaderPace.ReadBeforeCommentingAsync(host);
        await article.CommentForm.FillAsync(ReaderName, $"ada.{stamp}@example.org", comment);
        await article.CommentForm.PostAsync();
        await Expect(article.ModerationNotice).ToContainTextAsync("awaits moderation");

        await using var otherContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var other = await otherContext.NewPageAsync();
        await other.GotoAsync(storyUrl);
        var otherArticle = new ArticlePage(other);
        await Expect(otherArticle.CommentsHeading).ToBeVisibleAsync();
        var approvedBefore = await otherArticle.ApprovedComments.CountAsync();
        await Expect(otherArticle.CommentContaining(stamp)).ToHaveCountAsync(0);

        await using var newsroom = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await newsroom.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Editor, "Ravi Moderator");
        var moderation = await CommentModerationPage.OpenAsync(page);
        var pending = moderation.Comment(stamp);
        await Expect(pending).ToHaveCountAsync(1);
        await Expect(pending).ToContainTextAsync(ReaderName);
        await Screenshots.SaveAsync(page, "newsroom-comments-pending", Viewport.Desktop);

        await CommentModerationPage.ApproveButton(pending, ReaderName).ClickAsync();
        await Expect(new NewsroomShell(page).Flash).ToContainTextAsync("Approved 1 comment");
        await Expect(moderation.Comment(stamp)).ToHaveCountAsync(0);

        await reader.GotoAsync(storyUrl);
        var shown = article.CommentContaining(stamp);
        await Expect(shown).ToHaveCountAsync(1);
        await Expect(shown).ToContainTextAsync(ReaderName);
        await Expect(shown.GetByText("Awaiting moderation")).ToHaveCountAsync(0);

        await other.ReloadAsync();
        await Expect(otherArticle.CommentContaining(stamp)).ToHaveCountAsync(1);
        await Expect(otherArticle.ApprovedComments).ToHaveCountAsync(approvedBefore + 1);
        await Expect(otherArticle.CommentsHeading).ToHaveTextAsync(approvedBefore == 0 ? "1 comment" : $"{approvedBefore + 1} comments");
        await Screenshots.SaveAsync(other, "article-comment-approved", Viewport.Desktop);
    }
}
