using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Comments;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Comments;

/// <summary>The conversation under a story: replies one level deep, permalinks, staff replies, pages of threads and their order.</summary>
public sealed class ConversationTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string InvalidParent = "You can only reply to a published comment on this story.";
    private readonly HttpClient _reader = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string text) => $"{text} ({Guid.NewGuid():N})";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Each thread of the page as "top: reply, reply" (or "top" alone), in the order shown.</summary>
    private static List<string> Threads(IHtmlDocument page) =>
        (page.QuerySelector("#comments > ol.comment-list")?.Children ?? Enumerable.Empty<IElement>()).Select(li =>
            Thread(IdOf(li.Children.Single(c => c.LocalName == "article")),
                [.. li.Children.Where(c => c.ClassList.Contains("comment-list--replies"))
                    .SelectMany(ol => ol.Children)
                    .Select(reply => IdOf(reply.Children.Single(c => c.LocalName == "article")))]))
        .ToList();

    private static string Thread(int top, params int[] replies) =>
        replies.Length == 0 ? Id(top) : $"{Id(top)}: {string.Join(", ", replies.Select(Id))}";

    private static List<int> TopIds(IHtmlDocument page) =>
        Threads(page).Select(t => int.Parse(t.Split(':')[0], CultureInfo.InvariantCulture)).ToList();

    private static int IdOf(IElement article) => int.Parse(article.Id!["comment-".Length..], CultureInfo.InvariantCulture);

    private static int CommentCountInJsonLd(IHtmlDocument page)
    {
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.GetProperty("commentCount").GetInt32();
    }

    [Fact]
    public async Task Every_published_comment_has_a_reply_link_that_works_without_JavaScript()
    {
        var (id, path) = await host.PublishStoryAsync("Reply links");
        var comments = await host.AddCommentsAsync(
            CommentArrangements.NewComment(id, "First thoughts.", name: "Alma Reyes"),
            CommentArrangements.NewComment(id, "Second thoughts.", name: "Bo <Bold>"));

        var page = await _reader.GetDocumentAsync(path);

        foreach (var comment in comments)
        {
            var link = page.GetElementById($"comment-{comment.Id}")!.QuerySelector("a.comment__reply")!;
            Assert.Equal($"{path}?replyto={comment.Id}#leave-a-comment", link.GetAttribute("href"));
            Assert.Equal(Id(comment.Id), link.GetAttribute("data-reply-to"));
            Assert.Equal($"Reply to {comment.AuthorName}", link.TextContent.Trim());
        }
        Assert.Equal("Leave a comment", page.GetElementById("leave-a-comment-heading")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form#leave-a-comment input[name=parentId]"));

        var reply = await _reader.GetDocumentAsync($"{path}?replyto={comments[1].Id}");
        var form = reply.QuerySelector("form#leave-a-comment")!;
        Assert.Equal("Reply", form.QuerySelector("#leave-a-comment-heading")!.TextContent.Trim());
        Assert.Equal("Replying to Bo <Bold>. Write a new comment instead", form.QuerySelector("#replying-to")!.TextContent.Trim());
        Assert.Equal("Bo <Bold>", form.QuerySelector("#replying-to bdi")!.TextContent);
        Assert.Equal(Id(comments[1].Id), form.QuerySelector("input[type=hidden][name=parentId]")!.GetAttribute("value"));
        Assert.Equal("Post reply", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
        Assert.Equal($"{path}#leave-a-comment", form.GetAttribute("action"));
    }

    [Fact]
    public async Task A_reply_posted_from_the_reply_form_is_shown_nested_under_its_comment_once_approved()
    {
        var (id, path) = await host.PublishStoryAsync("Nested replies");
        var parent = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Will the bridge open on time?", name: "Alma Reyes")))[0];
        var form = await CommentForm.ReadAsync(_reader, $"{path}?replyto={parent.Id}");
        var body = Unique("The council says spring.");

        var (response, _) = await _reader.SendFormAsync(form.Post("Cato Price", $"cato-{Guid.NewGuid():N}@example.org", null, body, parentId: Id(parent.Id)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var reply = (await host.CommentWithBodyAsync(body))!;
        Assert.Equal(parent.Id, reply.ParentId);
        Assert.Equal(CommentStatus.Pending, reply.Status);
        Assert.Equal([Thread(parent.Id)], Threads(await _reader.GetDocumentAsync(path)));

        await host.WithDatabaseAsync(db => db.Comments.Where(c => c.Id == reply.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CommentStatus.Approved), Cancel));
        await host.EvictCachedPagesAsync();
        var page = await _reader.GetDocumentAsync(path);

        Assert.Equal([Thread(parent.Id, reply.Id)], Threads(page));
        Assert.Equal("2 comments", page.QuerySelector("#comments-heading")!.TextContent.Trim());
        Assert.Equal(2, CommentCountInJsonLd(page));
    }

    [Fact]
    public async Task A_reply_from_a_trusted_email_goes_up_at_once_and_lands_on_its_permalink()
    {
        var (id, path) = await host.PublishStoryAsync("Permalinks");
        var parent = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Anyone going to the open day?")))[0];
        var email = await host.EmailWithApprovedCommentAsync();
        var form = await CommentForm.ReadAsync(_reader, $"{path}?replyto={parent.Id}");
        var body = Unique("Yes, on Saturday.");

        var (response, _) = await _reader.SendFormAsync(form.Post("Regular Reader", email, null, body, parentId: Id(parent.Id)));

        var reply = (await host.CommentWithBodyAsync(body))!;
        Assert.Equal(CommentStatus.Approved, reply.Status);
        Assert.Equal($"{path}#comment-{reply.Id}", response.Headers.Location!.OriginalString);
        var page = await _reader.GetDocumentAsync(path);
        var anchor = page.GetElementById($"comment-{reply.Id}")!;
        Assert.Equal("article", anchor.LocalName);
        Assert.Contains(body, anchor.TextContent, StringComparison.Ordinal);
        Assert.Equal($"#comment-{reply.Id}", anchor.QuerySelector("a.comment__permalink")!.GetAttribute("href"));
        Assert.Equal([Thread(parent.Id, reply.Id)], Threads(page));
    }

    [Fact]
    public async Task Every_comment_has_a_permalink_to_its_own_anchor()
    {
        var (id, path) = await host.PublishStoryAsync("Anchors");
        var top = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Top.")))[0];
        await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Reply.", parentId: top.Id));

        var page = await _reader.GetDocumentAsync(path);

        var articles = page.QuerySelectorAll("#comments article.comment").ToList();
        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => Assert.Equal($"#{a.Id}", a.QuerySelector("a.comment__permalink")!.GetAttribute("href")));
        Assert.All(articles, a => Assert.NotNull(a.QuerySelector("a.comment__permalink time[datetime]")));
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_reply_to_a_reply_joins_the_thread_of_the_top_comment()
    {
        var (id, path) = await host.PublishStoryAsync("Reply to a reply");
        var top = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Top.", at: DateTimeOffset.UtcNow.AddHours(-3))))[0];
        var reply = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Reply.", parentId: top.Id, at: DateTimeOffset.UtcNow.AddHours(-2))))[0];
        var other = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Another thread.", at: DateTimeOffset.UtcNow.AddMinutes(-90))))[0];
        var email = await host.EmailWithApprovedCommentAsync();

        // The reply link under a reply leads to a form that answers that reply.
        var replyPage = await _reader.GetDocumentAsync(path);
        var replyLink = replyPage.GetElementById($"comment-{reply.Id}")!.QuerySelector("a.comment__reply")!.GetAttribute("href")!;
        var form = await CommentForm.ReadAsync(_reader, replyLink.Split('#')[0]);
        var body = Unique("Reply to the reply.");
        var (response, _) = await _reader.SendFormAsync(form.Post("Regular Reader", email, null, body, parentId: Id(reply.Id)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var nested = (await host.CommentWithBodyAsync(body))!;
        Assert.Equal(reply.Id, nested.ParentId);
        Assert.Equal([Thread(top.Id, reply.Id, nested.Id), Thread(other.Id)], Threads(await _reader.GetDocumentAsync(path)));
    }

    public static TheoryData<string> ImpossibleParents => ["pending", "spam", "other story", "missing"];

    [Theory]
    [MemberData(nameof(ImpossibleParents))]
    public async Task A_reply_to_a_comment_that_is_not_published_on_this_story_is_refused_with_the_text_kept(string parentKind)
    {
        var (id, path) = await host.PublishStoryAsync("Impossible replies");
        var (otherId, _) = await host.PublishStoryAsync("Elsewhere");
        var parentId = parentKind switch
        {
            "pending" => (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Waiting.", CommentStatus.Pending)))[0].Id,
            "spam" => (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Spam.", CommentStatus.Spam)))[0].Id,
            "other story" => (await host.AddCommentsAsync(CommentArrangements.NewComment(otherId, "On another story.")))[0].Id,
            _ => int.MaxValue,
        };
        var form = await CommentForm.ReadAsync(_reader, path);
        var before = await host.CommentCountAsync();
        var body = Unique("A reply to nothing I can see");

        var (response, page) = await _reader.SendFormAsync(form.Post("Dora", "dora@example.org", null, body, parentId: Id(parentId)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(InvalidParent, page.FormErrors(), StringComparison.Ordinal);
        Assert.Equal(body, page.QuerySelector("#comment-body")!.TextContent.Trim());
        Assert.Equal("Dora", page.QuerySelector("#comment-name")!.GetAttribute("value"));
        Assert.Equal(before, await host.CommentCountAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public async Task A_reply_target_that_is_not_a_comment_number_is_refused_with_a_message_and_the_text_kept(string parentId)
    {
        var (_, path) = await host.PublishStoryAsync("Malformed replies");
        var form = await CommentForm.ReadAsync(_reader, path);
        var before = await host.CommentCountAsync();
        var body = Unique("A reply with a strange target");

        var (response, page) = await _reader.SendFormAsync(form.Post("Dora", "dora@example.org", null, body, parentId: parentId));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await host.CommentCountAsync());
        Assert.Equal(body, page.QuerySelector("#comment-body")!.TextContent.Trim());
        Assert.NotEqual("", page.FormErrors().Trim());
    }

    [Fact]
    public async Task The_reply_form_is_not_offered_for_a_comment_that_is_not_published_here()
    {
        var (id, path) = await host.PublishStoryAsync("Reply form targets");
        var pending = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Waiting.", CommentStatus.Pending)))[0];

        foreach (var target in new[] { Id(pending.Id), Id(int.MaxValue), "abc" })
        {
            var page = await _reader.GetDocumentAsync($"{path}?replyto={target}");
            Assert.Equal("Leave a comment", page.GetElementById("leave-a-comment-heading")!.TextContent.Trim());
            Assert.Null(page.QuerySelector("form#leave-a-comment input[name=parentId]"));
        }
    }

    [Fact]
    public async Task A_staff_reply_is_marked_Staff_and_a_readers_comment_is_not()
    {
        var (id, path) = await host.PublishStoryAsync("Staff replies");
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Nadia Desk");
        var top = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Is there a correction coming?", name: "Alma Reyes")))[0];
        var staff = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Yes, later today.", parentId: top.Id, name: "Nadia Desk", staffUserId: editor.User.Id)))[0];

        var page = await _reader.GetDocumentAsync(path);

        Assert.Equal("Staff", page.GetElementById($"comment-{staff.Id}")!.QuerySelector(".comment__staff")!.TextContent.Trim());
        Assert.Null(page.GetElementById($"comment-{top.Id}")!.QuerySelector(".comment__staff"));
        Assert.Equal([Thread(top.Id, staff.Id)], Threads(page));
    }

    [Fact]
    public async Task Threads_come_fifty_to_a_page_oldest_first_with_their_replies_and_the_count_of_every_approved_comment()
    {
        var (id, path) = await host.PublishStoryAsync("A long conversation");
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var tops = await host.AddCommentsAsync(Enumerable.Range(0, 120)
            .Select(i => CommentArrangements.NewComment(id, $"Thread {i}", at: start.AddMinutes(i))).ToArray());
        var replies = await host.AddCommentsAsync(
            CommentArrangements.NewComment(id, "Reply to thread 0", parentId: tops[0].Id, at: start.AddHours(5)),
            CommentArrangements.NewComment(id, "Reply to thread 60", parentId: tops[60].Id, at: start.AddHours(5)),
            CommentArrangements.NewComment(id, "Reply to thread 119", parentId: tops[119].Id, at: start.AddHours(6)));
        await host.AddCommentsAsync(
            CommentArrangements.NewComment(id, "Pending, not counted", CommentStatus.Pending),
            CommentArrangements.NewComment(id, "Spam, not counted", CommentStatus.Spam));

        var first = await _reader.GetDocumentAsync(path);
        var second = await _reader.GetDocumentAsync($"{path}?cpage=2");
        var third = await _reader.GetDocumentAsync($"{path}?cpage=3");

        Assert.Equal(tops.Take(50).Select(c => c.Id), TopIds(first));
        Assert.Equal(tops.Skip(50).Take(50).Select(c => c.Id), TopIds(second));
        Assert.Equal(tops.Skip(100).Select(c => c.Id), TopIds(third));
        Assert.Equal(Thread(tops[0].Id, replies[0].Id), Threads(first)[0]);
        Assert.Equal(Thread(tops[60].Id, replies[1].Id), Threads(second)[10]);
        Assert.Equal(Thread(tops[119].Id, replies[2].Id), Threads(third)[^1]);
        foreach (var page in new[] { first, second, third })
        {
            Assert.Equal("123 comments", page.QuerySelector("#comments-heading")!.TextContent.Trim());
            Assert.Equal(123, CommentCountInJsonLd(page));
        }

        Assert.Equal("Comments page 1 of 3", first.QuerySelector("nav.pager .pager__current")!.TextContent.Trim());
        Assert.Equal($"{path}?cpage=2#comments", first.QuerySelector("nav.pager a.pager__older")!.GetAttribute("href"));
        Assert.Equal([$"{path}#comments", $"{path}?cpage=3#comments"], second.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")));
        Assert.Null(third.QuerySelector("nav.pager a.pager__older"));
        // A reply link keeps the reader on their page of the conversation.
        Assert.Equal($"{path}?cpage=2&replyto={tops[50].Id}#leave-a-comment",
            second.GetElementById($"comment-{tops[50].Id}")!.QuerySelector("a.comment__reply")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_reader_chooses_newest_first_in_the_address_and_every_link_keeps_the_choice()
    {
        var (id, path) = await host.PublishStoryAsync("Ordered conversation");
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var tops = await host.AddCommentsAsync(Enumerable.Range(0, 60)
            .Select(i => CommentArrangements.NewComment(id, $"Thread {i}", at: start.AddMinutes(i))).ToArray());
        var reply = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "A late reply to the oldest", parentId: tops[0].Id, at: start.AddHours(3))))[0];
        var newestFirst = tops.AsEnumerable().Reverse().Select(c => c.Id).ToList();

        var oldest = await _reader.GetDocumentAsync(path);
        var newest = await _reader.GetDocumentAsync($"{path}?corder=newest");
        var newestSecond = await _reader.GetDocumentAsync($"{path}?corder=newest&cpage=2");

        Assert.Equal("oldest first", oldest.QuerySelector(".comments__order strong[aria-current]")!.TextContent.Trim());
        Assert.Equal($"{path}?corder=newest#comments", oldest.QuerySelector(".comments__order a")!.GetAttribute("href"));
        Assert.Equal(newestFirst.Take(50), TopIds(newest));
        Assert.Equal(newestFirst.Skip(50), TopIds(newestSecond));
        // Threads are ordered by their top comment; replies stay oldest first under it.
        Assert.Equal(Thread(tops[0].Id, reply.Id), Threads(newestSecond)[^1]);
        Assert.Equal("newest first", newest.QuerySelector(".comments__order strong[aria-current]")!.TextContent.Trim());
        Assert.Equal($"{path}?corder=newest&cpage=2#comments", newest.QuerySelector("nav.pager a.pager__older")!.GetAttribute("href"));
        Assert.Equal($"{path}?corder=newest#comments", newestSecond.QuerySelector("nav.pager a")!.GetAttribute("href"));
        // Changing the order starts again from the first page.
        Assert.Equal($"{path}#comments", newestSecond.QuerySelector(".comments__order a")!.GetAttribute("href"));
        Assert.Equal($"{path}?corder=newest&cpage=2&replyto={tops[0].Id}#leave-a-comment",
            newestSecond.GetElementById($"comment-{tops[0].Id}")!.QuerySelector("a.comment__reply")!.GetAttribute("href"));
        var replyForm = await _reader.GetDocumentAsync($"{path}?corder=newest&cpage=2&replyto={tops[0].Id}");
        Assert.Equal(Id(tops[0].Id), replyForm.QuerySelector("form#leave-a-comment input[name=parentId]")!.GetAttribute("value"));
        Assert.Equal(newestFirst.Skip(50), TopIds(replyForm));
    }

    [Theory]
    [InlineData("?cpage=99")]
    [InlineData("?cpage=0")]
    [InlineData("?cpage=abc")]
    [InlineData("?cpage=-1")]
    [InlineData("?corder=sideways")]
    public async Task A_strange_page_or_order_in_the_address_still_shows_the_conversation(string query)
    {
        var (id, path) = await host.PublishStoryAsync("Strange addresses");
        await host.AddCommentsAsync(CommentArrangements.NewComment(id, "The only comment."));

        using var response = await _reader.GetAsync(new Uri(path + query, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Threads(Html.Parse(await response.Content.ReadAsStringAsync(Cancel))));
    }

    [Fact]
    public async Task The_json_ld_comment_count_is_the_number_of_approved_comments_on_every_sample_story()
    {
        var stories = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Status == Byline.Content.ArticleStatus.Published && !a.Slug.StartsWith("story-"))
            .Select(a => new { a.Slug, Approved = a.Comments.Count(c => c.Status == CommentStatus.Approved) })
            .ToListAsync(Cancel));
        Assert.Contains(stories, s => s.Approved > 0);

        foreach (var story in stories)
        {
            await host.EvictCachedPagesAsync();
            var page = await _reader.GetDocumentAsync(await host.PathOfAsync(story.Slug));
            Assert.True(story.Approved == CommentCountInJsonLd(page), $"{story.Slug}: JSON-LD says {CommentCountInJsonLd(page)}, the database has {story.Approved} approved");
            Assert.Equal(story.Approved, page.CommentIdsShown().Count);
        }
    }
}
