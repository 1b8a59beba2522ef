using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Comments;
using Byline.IntegrationTests.Comments;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

public sealed class CommentModerationTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Story = "night-tram-trial-timetable";
    private const string Queue = "/newsroom/comments";
    private readonly HttpClient _reader = host.CreateReader();

    private sealed record PostedComment(int Id, string Body, string Email, string StoryPath);

    /// <summary>A reader posts through the public form, with an email of their own so no rule can treat two posts as one person's.</summary>
    private async Task<PostedComment> PostReaderCommentAsync(string name = "Wilhelmina Crane", string? website = null, string? body = null)
    {
        var path = await host.PathOfAsync(Story);
        var form = await CommentForm.ReadAsync(_reader, path);
        var email = $"reader-{Guid.NewGuid():N}@example.net";
        body ??= $"The night tram should stop at Saltmarsh too. {Guid.NewGuid():N}";
        using var request = form.Post(name, email, website, body);
        using var response = await _reader.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var id = await host.WithDatabaseAsync(db => db.Comments.Where(c => c.Body == body).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));
        return new PostedComment(id, body, email, path);
    }

    /// <summary>Posts a form like a browser: the antiforgery token from <paramref name="formPage"/>, fields that may repeat (ticked boxes).</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<(string Name, string Value)> fields, string? formPage = null) =>
        client.PostFormAsync(path, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), formPage);

    private static Task<HttpResponseMessage> ModerateAsync(NewsroomSession session, string act, params int[] ids) =>
        PostAsync(session.Client, Queue, [("act", act), .. ids.Select(id => ("ids", id.ToString(CultureInfo.InvariantCulture)))]);

    private static async Task ModerateOkAsync(NewsroomSession session, string act, params int[] ids)
    {
        using var response = await ModerateAsync(session, act, ids);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    private static Task<HttpResponseMessage> ReplyAsync(NewsroomSession session, int commentId, string body) =>
        PostAsync(session.Client, $"/newsroom/comments/{commentId}/reply", [("Body", body)]);

    private static async Task<int> CountOnTabAsync(HttpClient client, string state)
    {
        var page = await client.GetDocumentAsync(Queue);
        return int.Parse(page.QuerySelector($"#tab-{state} .nr-count")!.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private Task<CommentStatus> StatusOfAsync(int id) =>
        host.WithDatabaseAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync(TestContext.Current.CancellationToken));

    private async Task<IHtmlDocument> StoryPageAsync(string path) => await _reader.GetDocumentAsync(path);

    private static IElement? Shown(IHtmlDocument story, int commentId) => story.QuerySelector($".comment-list #comment-{commentId}");

    [Fact]
    public async Task The_queue_shows_an_editor_pending_comments_oldest_first_with_the_story_and_the_commenters_details()
    {
        var first = await PostReaderCommentAsync("Ola Brandt", "https://brandt.example.org", $"First <b>in</b> line {Guid.NewGuid():N}");
        var second = await PostReaderCommentAsync("Ana Pereira");
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await editor.Client.GetAsync(new Uri(Queue, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = page.QuerySelectorAll(".nr-comment");
        var a = page.GetElementById($"moderate-{first.Id}")!;
        var b = page.GetElementById($"moderate-{second.Id}")!;
        Assert.True(items.Index(a) < items.Index(b), "the older comment comes first");
        Assert.Equal("Ola Brandt", a.QuerySelector(".nr-comment__author")!.TextContent);
        Assert.Equal(first.Email, a.QuerySelector(".nr-comment__email")!.TextContent);
        Assert.Equal("https://brandt.example.org", a.QuerySelector(".nr-comment__website")!.GetAttribute("href"));
        var story = await host.StoryAsync(Story);
        var storyLink = a.QuerySelector(".nr-comment__story a")!;
        Assert.Equal(story.Headline, storyLink.TextContent);
        Assert.Equal(first.StoryPath, storyLink.GetAttribute("href"));
        Assert.NotNull(a.QuerySelector("time[datetime]"));
        var body = a.QuerySelector(".nr-comment__body")!;
        Assert.Contains("First <b>in</b> line", body.TextContent, StringComparison.Ordinal);
        Assert.Null(body.QuerySelector("b"));
        Assert.Equal(first.Id.ToString(CultureInfo.InvariantCulture), a.QuerySelector("input[type=checkbox][name=ids][form=bulk]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("form#bulk button[name=act][value=approve]"));
        Assert.True(await CountOnTabAsync(editor.Client, "pending") >= 2);
    }

    [Theory]
    [InlineData(NewsroomRole.Author)]
    [InlineData(NewsroomRole.Contributor)]
    public async Task Authors_and_contributors_are_refused_the_queue_and_every_moderation_action(NewsroomRole role)
    {
        var comment = await PostReaderCommentAsync();
        using var member = await NewsroomSession.SignInAsync(host, role);

        using var queue = await member.Client.GetAsync(new Uri(Queue, UriKind.Relative), TestContext.Current.CancellationToken);
        using var replyPage = await member.Client.GetAsync(new Uri($"/newsroom/comments/{comment.Id}/reply", UriKind.Relative), TestContext.Current.CancellationToken);
        // A valid antiforgery token for this member, from a page they may open, so only the role can be what refuses them.
        using var approve = await PostAsync(member.Client, Queue, [("act", "approve"), ("ids", comment.Id.ToString(CultureInfo.InvariantCulture))], "/newsroom/sign-in");
        using var reply = await PostAsync(member.Client, $"/newsroom/comments/{comment.Id}/reply", [("Body", "Not mine to say")], "/newsroom/sign-in");

        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, replyPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.Equal(CommentStatus.Pending, await StatusOfAsync(comment.Id));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.ParentId == comment.Id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = NewsroomSession.CreateClient(host);
        using var response = await client.GetAsync(new Uri(Queue, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_comment_appears_on_the_story_at_once_and_the_counts_change()
    {
        var comment = await PostReaderCommentAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        Assert.Null(Shown(await StoryPageAsync(comment.StoryPath), comment.Id));
        using (var cached = await _reader.GetAsync(new Uri(comment.StoryPath, UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.NotNull(cached.Headers.Age); // the story page now comes from the output cache
        }
        var pendingBefore = await CountOnTabAsync(editor.Client, "pending");
        var approvedBefore = await CountOnTabAsync(editor.Client, "approved");

        using var response = await ModerateAsync(editor, "approve", comment.Id);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(Queue, response.Headers.Location!.OriginalString);
        var queue = await editor.Client.GetDocumentAsync(Queue);
        Assert.Contains("Approved 1 comment.", queue.QuerySelector(".notice--success")!.TextContent, StringComparison.Ordinal);
        Assert.Null(queue.GetElementById($"moderate-{comment.Id}"));
        Assert.Equal(pendingBefore - 1, await CountOnTabAsync(editor.Client, "pending"));
        Assert.Equal(approvedBefore + 1, await CountOnTabAsync(editor.Client, "approved"));
        var story = await StoryPageAsync(comment.StoryPath);
        Assert.Contains(comment.Body, Shown(story, comment.Id)!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(comment.Email, story.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Spam_and_trash_take_an_approved_comment_off_the_story_and_restore_returns_it_to_the_queue()
    {
        var comment = await PostReaderCommentAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        await ModerateOkAsync(editor, "approve", comment.Id);
        Assert.NotNull(Shown(await StoryPageAsync(comment.StoryPath), comment.Id));

        await ModerateOkAsync(editor, "spam", comment.Id);
        Assert.Null(Shown(await StoryPageAsync(comment.StoryPath), comment.Id));
        Assert.Equal(CommentStatus.Spam, await StatusOfAsync(comment.Id));
        var spam = await editor.Client.GetDocumentAsync($"{Queue}?status=spam");
        Assert.NotNull(spam.GetElementById($"moderate-{comment.Id}"));
        Assert.Equal("page", spam.GetElementById("tab-spam")!.GetAttribute("aria-current"));

        await ModerateOkAsync(editor, "restore", comment.Id);
        Assert.Equal(CommentStatus.Pending, await StatusOfAsync(comment.Id));
        Assert.NotNull((await editor.Client.GetDocumentAsync(Queue)).GetElementById($"moderate-{comment.Id}"));

        await ModerateOkAsync(editor, "approve", comment.Id);
        Assert.NotNull(Shown(await StoryPageAsync(comment.StoryPath), comment.Id));
        await ModerateOkAsync(editor, "trash", comment.Id);
        Assert.Null(Shown(await StoryPageAsync(comment.StoryPath), comment.Id));
        Assert.Equal(CommentStatus.Trash, await StatusOfAsync(comment.Id));
        Assert.NotNull((await editor.Client.GetDocumentAsync($"{Queue}?status=trash")).GetElementById($"moderate-{comment.Id}"));
    }

    [Fact]
    public async Task Bulk_approve_moves_every_ticked_comment_in_one_action_with_one_audit_entry()
    {
        var comments = new[] { await PostReaderCommentAsync("Ana"), await PostReaderCommentAsync("Bo"), await PostReaderCommentAsync("Cy") };
        var ids = comments.Select(c => c.Id).ToArray();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await ModerateAsync(editor, "approve", ids);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        foreach (var id in ids)
        {
            Assert.Equal(CommentStatus.Approved, await StatusOfAsync(id));
        }
        var story = await StoryPageAsync(comments[0].StoryPath);
        Assert.All(ids, id => Assert.NotNull(Shown(story, id)));
        var entries = await host.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.ActorId == editor.User.Id && e.Action == AuditActions.CommentModerated).ToListAsync(TestContext.Current.CancellationToken));
        var entry = Assert.Single(entries);
        Assert.Equal($"Approved 3 comments: {string.Join(", ", ids.Order().Select(id => "#" + id))}", entry.Details);
        Assert.Equal($"comment:{string.Join(',', ids.Order())}", entry.Subject);
    }

    [Fact]
    public async Task A_staff_reply_is_published_under_the_comment_at_once_and_marked_staff()
    {
        var comment = await PostReaderCommentAsync("Ola Brandt");
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Marta Okafor");
        await ModerateOkAsync(editor, "approve", comment.Id);
        var replyPage = await editor.Client.GetDocumentAsync($"/newsroom/comments/{comment.Id}/reply");
        Assert.Contains(comment.Body, replyPage.QuerySelector(".nr-comment__body")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await StoryPageAsync(comment.StoryPath)); // cached before the reply
        var text = $"Thank you: we have asked the transport authority. {Guid.NewGuid():N}";

        using var response = await ReplyAsync(editor, comment.Id, text);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{Queue}?status=approved", response.Headers.Location!.OriginalString);
        var reply = await host.WithDatabaseAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Body == text, TestContext.Current.CancellationToken));
        Assert.Equal(comment.Id, reply.ParentId);
        Assert.Equal(CommentStatus.Approved, reply.Status);
        Assert.Equal(editor.User.Id, reply.StaffUserId);
        Assert.Equal("Marta Okafor", reply.AuthorName);
        Assert.Equal(editor.User.Email, reply.AuthorEmail);

        var story = await StoryPageAsync(comment.StoryPath);
        var thread = Shown(story, comment.Id)!.Closest("li")!;
        var shownReply = thread.QuerySelector($".comment-list--replies #comment-{reply.Id}")!;
        Assert.Contains(text, shownReply.TextContent, StringComparison.Ordinal);
        Assert.Equal("Staff", shownReply.QuerySelector(".comment__staff")!.TextContent);
        Assert.Null(Shown(story, comment.Id)!.QuerySelector(".comment__staff"));
        Assert.DoesNotContain(editor.User.Email!, story.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_reply_without_text_or_too_long_comes_back_with_the_error_and_nothing_is_stored()
    {
        var comment = await PostReaderCommentAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        await ModerateOkAsync(editor, "approve", comment.Id);
        var tooLong = new string('w', Comment.BodyMaxLength + 1);

        using var empty = await ReplyAsync(editor, comment.Id, "   ");
        using var longReply = await ReplyAsync(editor, comment.Id, tooLong);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Write your reply.", Html.Parse(await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).GetElementById("reply-body-error")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, longReply.StatusCode);
        var page = Html.Parse(await longReply.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("A reply can be at most 10,000 characters long.", page.GetElementById("reply-body-error")!.TextContent);
        Assert.Equal(tooLong, page.GetElementById("reply-body")!.TextContent.Trim());
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.ParentId == comment.Id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_reply_to_a_comment_that_is_not_approved_is_refused_with_a_conflict()
    {
        var comment = await PostReaderCommentAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        var page = await editor.Client.GetDocumentAsync($"/newsroom/comments/{comment.Id}/reply");
        using var response = await ReplyAsync(editor, comment.Id, "Answering too early");

        Assert.Null(page.QuerySelector("textarea[name=Body]"));
        Assert.Contains("approve it first", page.GetElementById("reply-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.ParentId == comment.Id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Every_moderation_action_is_audited_with_its_action_and_count_and_never_the_commenters_email()
    {
        var comment = await PostReaderCommentAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        foreach (var act in new[] { "approve", "spam", "restore", "trash", "approve" })
        {
            await ModerateOkAsync(editor, act, comment.Id);
        }
        using (var reply = await ReplyAsync(editor, comment.Id, "We have corrected the timetable."))
        {
            Assert.Equal(HttpStatusCode.SeeOther, reply.StatusCode);
        }

        var entries = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == editor.User.Id && e.Action == AuditActions.CommentModerated)
            .OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(
            [
                $"Approved 1 comment: #{comment.Id}",
                $"Marked 1 comment as spam: #{comment.Id}",
                $"Returned 1 comment to the pending queue: #{comment.Id}",
                $"Moved 1 comment to the trash: #{comment.Id}",
                $"Approved 1 comment: #{comment.Id}",
                $"Replied as staff to 1 comment: #{comment.Id}",
            ],
            entries.Select(e => e.Details));
        Assert.All(entries, e => Assert.Equal($"comment:{comment.Id}", e.Subject));
        Assert.All(entries, e => Assert.DoesNotContain(comment.Email, e.Details + e.Subject, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(comment.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_moderation_post_without_the_antiforgery_token_is_refused()
    {
        var comment = await PostReaderCommentAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var content = new FormUrlEncodedContent([new("act", "approve"), new("ids", comment.Id.ToString(CultureInfo.InvariantCulture))]);

        using var response = await editor.Client.PostAsync(new Uri(Queue, UriKind.Relative), content, TestContext.Current.CancellationToken);
        using var replyContent = new FormUrlEncodedContent([new("Body", "No token")]);
        using var reply = await editor.Client.PostAsync(new Uri($"/newsroom/comments/{comment.Id}/reply", UriKind.Relative), replyContent, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Equal(CommentStatus.Pending, await StatusOfAsync(comment.Id));
    }

    [Fact]
    public async Task Moderating_a_comment_that_does_not_exist_answers_404_with_a_message_and_changes_nothing()
    {
        var comment = await PostReaderCommentAsync();
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var single = await ModerateAsync(editor, "approve", 987_654);
        using var mixed = await ModerateAsync(editor, "approve", comment.Id, 987_655);
        using var replyPage = await editor.Client.GetAsync(new Uri("/newsroom/comments/987654/reply", UriKind.Relative), TestContext.Current.CancellationToken);
        using var reply = await PostAsync(editor.Client, "/newsroom/comments/987654/reply", [("Body", "Hello?")], Queue);

        Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
        var page = Html.Parse(await single.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("There is no comment #987654. It may have been removed; nothing was changed.", page.GetElementById("moderation-problem")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, mixed.StatusCode);
        Assert.Equal(CommentStatus.Pending, await StatusOfAsync(comment.Id));
        Assert.Equal(HttpStatusCode.NotFound, replyPage.StatusCode);
        Assert.Contains("There is no comment #987654", await replyPage.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
    }

    [Theory]
    [InlineData("approve", "abc", "“abc” is not a comment number. Nothing was changed.")]
    [InlineData("approve", null, "Select at least one comment first.")]
    [InlineData("publish", "1", "Choose what to do with the comments: approve, spam, trash or restore.")]
    [InlineData("7", "1", "Choose what to do with the comments: approve, spam, trash or restore.")]
    public async Task A_moderation_post_that_makes_no_sense_answers_400_with_the_reason(string act, string? id, string message)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await PostAsync(editor.Client, Queue, id is null ? [("act", act)] : [("act", act), ("ids", id)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(message, page.GetElementById("moderation-problem")!.TextContent);
    }

    [Theory]
    [InlineData("?status=published")]
    [InlineData("?page=0")]
    [InlineData("?page=two")]
    public async Task A_list_address_with_a_bad_state_or_page_answers_400_with_the_reason(string query)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await editor.Client.GetAsync(new Uri(Queue + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(page.GetElementById("moderation-problem")!.TextContent);
    }

    [Fact]
    public async Task The_queue_is_paged_fifty_comments_at_a_time()
    {
        var story = await host.StoryAsync(Story);
        var start = DateTimeOffset.UtcNow.AddYears(-5);
        await host.WithDatabaseAsync(async db =>
        {
            // Long ago, so they lead the oldest-first queue whatever other tests left in it.
            db.Comments.AddRange(Enumerable.Range(0, 55).Select(i => new Comment
            {
                ArticleId = story.Id,
                AuthorName = $"Paging reader {i}",
                AuthorEmail = $"paging-{i}@example.net",
                Body = $"Paging comment {i}",
                Status = CommentStatus.Pending,
                CreatedAt = start.AddMinutes(i),
            }));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        var first = await editor.Client.GetDocumentAsync(Queue);
        var second = await editor.Client.GetDocumentAsync($"{Queue}?page=2");

        var firstAuthors = first.QuerySelectorAll(".nr-comment__author").Select(e => e.TextContent).ToList();
        Assert.Equal(CommentModeration.PageSize, firstAuthors.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Paging reader {i}"), firstAuthors);
        Assert.Equal($"{Queue}?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Paging reader 50", second.QuerySelectorAll(".nr-comment__author")[0].TextContent);
        Assert.Equal(Queue, second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));

        await host.WithDatabaseAsync(db => db.Comments.Where(c => c.AuthorName.StartsWith("Paging reader"))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CommentStatus.Trash), TestContext.Current.CancellationToken));
    }
}
