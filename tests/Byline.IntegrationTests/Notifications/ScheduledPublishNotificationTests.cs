using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Notifications;

public sealed class ScheduledPublishNotificationTests(EmbargoHost host) : IClassFixture<EmbargoHost>
{
    [Fact]
    public async Task A_story_the_scheduler_publishes_at_its_time_tells_its_people_once_in_the_schedulers_name()
    {
        using var team = await NewsroomTeam.StartAsync(host, "On time: the tide mill opens");
        await team.MoveAsync(team.Contributor, "Submit");
        await team.MoveAsync(team.Editor, "Schedule", host.FakeClock.GetUtcNow().AddMinutes(10));
        Assert.Equal(0, await team.CountAsync(team.Contributor, NotificationKind.StoryPublished));

        host.FakeClock.Advance(TimeSpan.FromMinutes(11));
        for (var waited = 0; waited < 100 && await StatusAsync(team.StoryId) != ArticleStatus.Published; waited++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(ArticleStatus.Published, await StatusAsync(team.StoryId));
        await team.AssertToldAsync(NotificationKind.StoryPublished, team.Contributor, team.CoAuthor);
        var note = await host.WithDatabaseAsync(db => db.Notifications.AsNoTracking().SingleAsync(
            n => n.ArticleId == team.StoryId && n.Kind == NotificationKind.StoryPublished && n.RecipientUserId == team.Contributor.User.Id, TestContext.Current.CancellationToken));
        Assert.Equal("Scheduler", note.ActorName);
        Assert.Equal("“On time: the tide mill opens” went live at its scheduled time", note.Text);
    }

    private Task<ArticleStatus> StatusAsync(int id) =>
        host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(TestContext.Current.CancellationToken));
}
