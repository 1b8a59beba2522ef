using System.Net;
using Byline.Comments;
using Byline.Testing;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// A browser that comments often on one story keeps one small cookie for it, however many comments it posts: one cookie
/// per comment, kept for days, once grew until the story answered 431 (request headers too large).
/// </summary>
public sealed class CommenterCookieLimitTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Many_comments_on_one_story_leave_one_small_cookie_that_lets_the_browser_change_its_latest_comments()
    {
        var (_, path) = await host.PublishStoryAsync("A busy thread");
        var email = await host.EmailWithApprovedCommentAsync();
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = host.BaseAddress };
        var posted = new List<int>();
        for (var i = 0; i < CommenterCookies.MaxComments + 5; i++)
        {
            var form = await CommentForm.ReadAsync(browser, path);
            var body = $"Comment number {i} ({Guid.NewGuid():N})";
            using var response = await browser.SendAsync(form.Post("Frequent Poster", email, null, body), Cancel);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            posted.Add((await host.CommentWithBodyAsync(body))!.Id);
        }

        var kept = Assert.Single(cookies.GetCookies(new Uri(host.BaseAddress, path)));
        Assert.Equal(CommenterCookies.Name, kept.Name);
        Assert.InRange(cookies.GetCookieHeader(new Uri(host.BaseAddress, path)).Length, 1, 1_024);
        var page = await browser.GetDocumentAsync(path);
        var changeable = posted.Where(id => page.GetElementById($"comment-{id}")!.QuerySelector("form.comment__delete") is not null).ToList();
        Assert.Equal(posted.TakeLast(CommenterCookies.MaxComments), changeable);
    }
}
