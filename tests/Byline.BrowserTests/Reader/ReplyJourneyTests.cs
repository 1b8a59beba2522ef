using System.Text.RegularExpressions;

using Byline.Accounts;
using Byline.BrowserTests.Newsroom;
using Byline.BrowserTests.Pages;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// Three browsers: the reader who replies (A), an editor who moderates (B), and a reader who never commented (C), the
/// proof of what the public sees. The journey runs once with JavaScript (the form moves under the comment) and once
/// without (the Reply link loads the page with the form set up as a reply, and the first press of Post brings the form
/// back with a form token of the reader's own).
/// </summary>
public sealed class ReplyJourneyTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private const string ParentAuthor = "Alma Reyes";
    private const string ReplierName = "Cato Price";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reader_replies_sees_the_reply_pending_edits_it_and_once_approved_everyone_sees_it_in_the_thread(bool javaScript)
    {
        var mode = javaScript ? "js" : "no-js";
        var stamp = Guid.NewGuid().ToString("N")[..10];
        var (storyId, path) = await ConversationSetup.PublishStoryAsync(host, "Footbridge closure: your questions answered");
        var question = $"Will the footbridge reopen before the summer? (ref {stamp})";
        var questionId = await ConversationSetup.AddApprovedCommentAsync(host, storyId, ParentAuthor, question);
        var storyUrl = new Uri(host.BaseAddress, path).AbsoluteUri;

        await using var readerContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop, javaScriptEnabled: javaScript);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync(path);
        var article = new ArticlePage(reader);
        var conversation = new Conversation(reader);
        await Expect(conversation.Comment(question)).ToHaveCountAsync(1);
        await Expect(conversation.ReplyForm).ToHaveCountAsync(0);

        await Conversation.ReplyLink(conversation.Comment(question)).ClickAsync();

        await Expect(conversation.ReplyForm).ToBeVisibleAsync();
        await Expect(conversation.ReplyingTo).ToContainTextAsync(ParentAuthor);
        await Expect(conversation.PostReplyButton).ToBeVisibleAsync();
        if (javaScript)
        {
            // The form moved to just under the comment, on the same page, ready to type in.
            await Expect(reader).ToHaveURLAsync(storyUrl);
            Assert.True(await reader.EvaluateAsync<bool>(
                    $"() => document.getElementById('comment-{questionId}').nextElementSibling === document.getElementById('leave-a-comment')"),
                "the reply form is not right under the comment");
            await Expect(conversation.ReplyFields.Comment).ToBeFocusedAsync();
        }
        else
        {
            await Expect(reader).ToHaveURLAsync(new Regex($@"\?replyto={questionId}#leave-a-comment$"));
        }
        await Screenshots.SaveAsync(reader, $"reply-form-{mode}", Viewport.Desktop);

        var firstWords = $"Not before August, the council says. (ref {stamp})";
        await conversation.ReplyFields.FillAsync(ReplierName, $"cato.{stamp}@example.org", firstWords);
        await ReaderPace.ReadBeforeCommentingAsync(host);
        await conversation.PostReplyButton.ClickAsync();
        if (!javaScript)
        {
            // The cached page carries no form token: the first press brings the form back with one, the words kept.
            await Expect(conversation.ReplyFields.ErrorSummary).ToContainTextAsync("press Post again");
            await Expect(conversation.ReplyFields.Comment).ToHaveValueAsync(firstWords);
            await Screenshots.SaveAsync(reader, "reply-press-again-no-js", Viewport.Desktop);
            await ReaderPace.ReadBeforeCommentingAsync(host);
            await conversation.PostReplyButton.ClickAsync();
        }

        await Expect(article.ModerationNotice).ToContainTextAsync("awaits moderation");
        var pending = Conversation.RepliesUnder(conversation.Comment(question)).Filter(new LocatorFilterOptions { HasText = firstWords });
        await Expect(pending).ToHaveCountAsync(1);
        await Expect(Conversation.AwaitingModeration(pending)).ToBeVisibleAsync();
        var reply = reader.Locator("#" + await pending.GetAttributeAsync("id"));

        await Conversation.EditLink(reply).ClickAsync();
        var box = Conversation.EditBox(reply);
        await Expect(box).ToHaveValueAsync(firstWords);
        var newWords = $"Not before late August, says the council's latest notice. (ref {stamp})";
        await box.FillAsync(newWords);
        await Conversation.SaveChangesButton(reply).ClickAsync();

        await Expect(reply).ToContainTextAsync(newWords);
        await Expect(reply).Not.ToContainTextAsync(firstWords);
        await Expect(Conversation.AwaitingModeration(reply)).ToBeVisibleAsync();
        await Expect(Conversation.RepliesUnder(conversation.Comment(question))).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(reader, $"reply-pending-edited-{mode}", Viewport.Desktop);

        await using var newsroomContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var newsroom = await newsroomContext.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, newsroom, NewsroomRole.Editor, "Ravi Moderator");
        var moderation = await CommentModerationPage.OpenAsync(newsroom);
        var queued = moderation.Comment(stamp);
        await Expect(queued).ToHaveCountAsync(1);
        await Expect(queued).ToContainTextAsync(newWords);
        await Expect(queued).ToContainTextAsync($"in reply to {ParentAuthor}");
        await CommentModerationPage.ApproveButton(queued, ReplierName).ClickAsync();
        await Expect(new NewsroomShell(newsroom).Flash).ToContainTextAsync("Approved 1 comment");

        await reader.GotoAsync(path);
        var approved = Conversation.RepliesUnder(conversation.Comment(question)).Filter(new LocatorFilterOptions { HasText = newWords });
        await Expect(approved).ToHaveCountAsync(1);
        await Expect(Conversation.AwaitingModeration(approved)).ToHaveCountAsync(0);
        await Expect(article.CommentsHeading).ToHaveTextAsync("2 comments");

        await using var otherContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop, javaScriptEnabled: javaScript);
        var other = await otherContext.NewPageAsync();
        await other.GotoAsync(path);
        var otherConversation = new Conversation(other);
        var seen = Conversation.RepliesUnder(otherConversation.Comment(question)).Filter(new LocatorFilterOptions { HasText = newWords });
        await Expect(seen).ToHaveCountAsync(1);
        await Expect(seen).ToContainTextAsync(ReplierName);
        await Expect(Conversation.EditLink(seen)).ToHaveCountAsync(0);
        await Expect(new ArticlePage(other).CommentsHeading).ToHaveTextAsync("2 comments");
        await Screenshots.SaveAsync(other, $"reply-approved-in-thread-{mode}", Viewport.Desktop);
    }
}
