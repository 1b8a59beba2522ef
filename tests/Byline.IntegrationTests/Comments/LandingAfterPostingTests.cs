using System.Net;
using Byline.Testing;

namespace Byline.IntegrationTests.Comments;

/// <summary>After posting, the reader lands on the page of the conversation that shows the new comment, not on the first.</summary>
public sealed class LandingAfterPostingTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A story with 120 published threads (three pages of 50), oldest first; returns its address and the threads' ids.</summary>
    private async Task<(string Path, List<int> Threads)> LongConversationAsync()
    {
        var (id, path) = await host.PublishStoryAsync("A long conversation to post into");
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var threads = await host.AddCommentsAsync(Enumerable.Range(0, 120)
            .Select(i => CommentArrangements.NewComment(id, $"Thread {i}", at: start.AddMinutes(i))).ToArray());
        return (path, threads.Select(c => c.Id).ToList());
    }

    private async Task<(Uri Location, int CommentId)> PostAsync(HttpClient browser, string path, string email, int? replyTo = null)
    {
        var form = await CommentForm.ReadAsync(browser, replyTo is null ? path : $"{path}?replyto={replyTo}");
        var body = $"Late to the conversation ({Guid.NewGuid():N})";
        using var response = await browser.SendAsync(form.Post("Lena Late", email, null, body,
            parentId: replyTo?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cancel);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return (response.Headers.Location!, (await host.CommentWithBodyAsync(body))!.Id);
    }

    [Fact]
    public async Task A_published_comment_on_a_story_with_more_than_fifty_threads_lands_on_the_last_page_at_its_anchor()
    {
        var (path, _) = await LongConversationAsync();
        using var browser = host.CreateCommenterBrowser();

        var (location, id) = await PostAsync(browser, path, await host.EmailWithApprovedCommentAsync());

        Assert.Equal($"{path}?cpage=3#comment-{id}", location.OriginalString);
        Assert.Contains(id, (await browser.GetDocumentAsync(location.OriginalString)).CommentIdsShown());
    }

    [Fact]
    public async Task A_comment_awaiting_moderation_lands_on_the_page_where_its_browser_sees_it_with_the_notice()
    {
        var (path, _) = await LongConversationAsync();
        using var browser = host.CreateCommenterBrowser();

        var (location, id) = await PostAsync(browser, path, $"first-time-{Guid.NewGuid():N}@example.org");

        Assert.Equal($"{path}?cpage=3&comment=received#comment-received", location.OriginalString);
        var page = await browser.GetDocumentAsync(location.OriginalString);
        Assert.Contains(id, page.CommentIdsShown());
        Assert.NotNull(page.GetElementById("comment-received"));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(60, "?cpage=2")]
    public async Task A_reply_lands_on_the_page_of_its_thread(int thread, string query)
    {
        var (path, threads) = await LongConversationAsync();
        using var browser = host.CreateCommenterBrowser();

        var (location, id) = await PostAsync(browser, path, await host.EmailWithApprovedCommentAsync(), replyTo: threads[thread]);

        Assert.Equal($"{path}{query}#comment-{id}", location.OriginalString);
        Assert.Contains(id, (await browser.GetDocumentAsync(location.OriginalString)).CommentIdsShown());
    }
}
