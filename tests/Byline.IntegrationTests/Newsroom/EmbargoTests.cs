using System.Globalization;
using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

public sealed class EmbargoTests(EmbargoHost host) : IClassFixture<EmbargoHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private Task<ArticleStatus> StatusAsync(int id) =>
        host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task A_scheduled_story_goes_live_at_its_time_exactly_once_and_the_front_page_shows_it_at_once()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Embargoed: the new harbourmaster is named", await StoryDesk.SectionIdAsync(host, "business"));
        var goLive = host.FakeClock.GetUtcNow().AddMinutes(10);
        using (var schedule = await StoryDesk.MoveAsync(editor, id, "Schedule", goLive.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)))
        {
            Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        }
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(id));
        var frontBefore = await _reader.GetDocumentAsync("/");
        Assert.DoesNotContain("new harbourmaster", frontBefore.Body!.TextContent, StringComparison.Ordinal);

        host.FakeClock.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(id));

        host.FakeClock.Advance(TimeSpan.FromMinutes(1.5));
        for (var waited = 0; waited < 100 && await StatusAsync(id) != ArticleStatus.Published; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(ArticleStatus.Published, await StatusAsync(id));
        var front = await _reader.GetDocumentAsync("/");
        Assert.Equal("Embargoed: the new harbourmaster is named", front.QuerySelector(".lead-story h2")!.TextContent);
        var published = await host.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.Subject == $"article:{id}" && e.Action == AuditActions.ArticlePublished).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Scheduler", Assert.Single(published).ActorName);
    }

    [Fact]
    public async Task Ten_schedulers_racing_on_one_due_story_publish_it_once_with_one_audit_entry()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Race check", await StoryDesk.SectionIdAsync(host, "city"));
        var due = host.FakeClock.GetUtcNow().AddMinutes(-1);
        await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, ArticleStatus.Scheduled).SetProperty(a => a.PublishedAt, due), TestContext.Current.CancellationToken));

        var runs = Enumerable.Range(0, 10).Select(async _ =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ArticlePublisher>().PublishDueAsync(TestContext.Current.CancellationToken);
        });
        var results = await Task.WhenAll(runs);

        Assert.Equal(ArticleStatus.Published, await StatusAsync(id));
        Assert.Equal(1, results.Sum());
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Subject == $"article:{id}" && e.Action == AuditActions.ArticlePublished, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Scheduling_in_the_past_is_refused_with_a_message()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await StoryDesk.CreateAsync(author, "Too late to schedule", await StoryDesk.SectionIdAsync(host, "city"));
        var past = host.FakeClock.GetUtcNow().AddHours(-2).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        using var response = await StoryDesk.MoveAsync(author, id, "Schedule", past);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("in the future", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(id));
    }
}
