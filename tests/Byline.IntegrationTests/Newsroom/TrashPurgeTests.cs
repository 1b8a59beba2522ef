using System.Net;
using Byline.Accounts;
using Byline.IntegrationTests.Comments;
using Byline.Publishing;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>What has waited in the trash more than 30 days is deleted for good by the purge, on the host's clock.</summary>
public sealed class TrashPurgeTests(EmbargoHost host) : IClassFixture<EmbargoHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_story_and_an_image_stay_29_days_in_the_trash_and_are_gone_after_31_with_the_storys_revisions_and_comments_audited_as_the_purge()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Ferry timetable for the winter months", await StoryDesk.SectionIdAsync(host, "city"));
        var parent = (await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Will the early boat still run?")))[0];
        await host.AddCommentsAsync(CommentArrangements.NewComment(id, "It will, from March.", parentId: parent.Id));
        var image = await MediaDesk.UploadedAsync(host, editor, "purge-ferry.jpg", "The winter ferry at the slipway");
        using (var trashed = await TrashDesk.TrashAsync(editor, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }
        await MediaDesk.TrashAsync(editor, image.Id);

        // A month of the purge's 10-second ticks on the fake clock costs minutes of callbacks, so the trash times move back
        // instead, and the clock only moves on by two ticks each time: the purge still judges them on the host's clock.
        await TrashedEarlierAsync(id, image.Id, TimeSpan.FromDays(29));
        await NextPurgeTicksAsync();
        Assert.True(await StoryExistsAsync(id));
        Assert.True(await ImageExistsAsync(image.Id));

        await TrashedEarlierAsync(id, image.Id, TimeSpan.FromDays(2));
        host.FakeClock.Advance(2 * TrashPurger.Interval);
        for (var waited = 0; waited < 100 && (await StoryExistsAsync(id) || await ImageExistsAsync(image.Id)); waited++)
        {
            await Task.Delay(100, Cancel);
        }

        Assert.False(await StoryExistsAsync(id));
        Assert.False(await ImageExistsAsync(image.Id));
        Assert.False(await host.WithDatabaseAsync(db => db.Revisions.AnyAsync(r => r.ArticleId == id, Cancel)));
        Assert.False(await host.WithDatabaseAsync(db => db.Comments.AnyAsync(c => c.ArticleId == id, Cancel)));
        var story = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.ArticleDeleted && e.Subject == $"article:{id}", Cancel));
        Assert.Equal(TrashPurge.Purger.Name, story.ActorName);
        Assert.Null(story.ActorId);
        Assert.Contains("after 30 days in the trash", story.Details, StringComparison.Ordinal);
        var media = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.MediaDeleted && e.Subject == $"media:{image.Id}", Cancel));
        Assert.Equal(TrashPurge.Purger.Name, media.ActorName);
    }

    [Fact]
    public async Task A_scheduled_story_in_the_trash_is_not_published_when_its_time_comes()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Embargoed and binned", await StoryDesk.SectionIdAsync(host, "business"));
        var goLive = host.FakeClock.GetUtcNow().AddMinutes(10);
        using (var schedule = await StoryDesk.MoveAsync(editor, id, "Schedule", goLive.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)))
        {
            Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        }
        using (var trashed = await TrashDesk.TrashAsync(editor, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        host.FakeClock.Advance(TimeSpan.FromMinutes(15));
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);

        Assert.Equal(Byline.Content.ArticleStatus.Scheduled,
            await host.WithDatabaseAsync(db => db.AllArticles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Cancel)));
        Assert.False(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Subject == $"article:{id}" && e.Action == AuditActions.ArticlePublished, Cancel)));
    }

    private Task<bool> TrashedEarlierAsync(int storyId, int imageId, TimeSpan earlier) => host.WithDatabaseAsync(async db =>
    {
        var story = await db.AllArticles.Where(a => a.Id == storyId).Select(a => a.TrashedAt).SingleAsync(Cancel);
        var image = await db.MediaItems.Where(m => m.Id == imageId).Select(m => m.TrashedAt).SingleAsync(Cancel);
        await db.AllArticles.Where(a => a.Id == storyId).ExecuteUpdateAsync(a => a.SetProperty(x => x.TrashedAt, story!.Value - earlier), Cancel);
        await db.MediaItems.Where(m => m.Id == imageId).ExecuteUpdateAsync(m => m.SetProperty(x => x.TrashedAt, image!.Value - earlier), Cancel);
        return true;
    });

    private async Task NextPurgeTicksAsync()
    {
        host.FakeClock.Advance(2 * TrashPurger.Interval);
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);
    }

    private Task<bool> StoryExistsAsync(int id) => host.WithDatabaseAsync(db => db.AllArticles.AnyAsync(a => a.Id == id, Cancel));

    private Task<bool> ImageExistsAsync(int id) => host.WithDatabaseAsync(db => db.MediaItems.AnyAsync(m => m.Id == id, Cancel));
}
