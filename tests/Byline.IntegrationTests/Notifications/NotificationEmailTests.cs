using System.Net;
using Byline.Notifications;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Notifications;

public sealed class NotificationEmailTests(NotificationEmailHost host) : IClassFixture<NotificationEmailHost>
{
    [Fact]
    public async Task A_member_who_chose_email_for_a_kind_gets_one_email_with_the_newsroom_link_and_nobody_else_does()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Emailed: the harbour bridge tolls");
        var account = await team.CoAuthor.Client.GetDocumentAsync("/newsroom/account");
        Assert.Null(account.QuerySelector("[data-email-off]"));
        account.GetElementById("email-StorySubmitted")!.SetAttribute("checked", "");
        using (var saved = await BrowserForm.Read(account, "form[action='/newsroom/account?handler=Notifications']")
            .PostAsync(team.CoAuthor.Client, "/newsroom/account?handler=Notifications"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var before = host.Smtp.Received.Count;

        await team.MoveAsync(team.Contributor, "Submit");
        // The outbox runs on its own every few seconds; running it here too changes nothing but the wait.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().SendDueAsync(TestContext.Current.CancellationToken);
        }
        await host.Smtp.WaitForAsync(before + 1, TimeSpan.FromSeconds(30));
        // Time for a second, wrong, email to arrive if one were sent.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        var received = host.Smtp.Received.Skip(before).ToList();
        var (to, message) = Assert.Single(received);
        Assert.Equal([team.CoAuthor.User.Email!], to);
        Assert.Equal(team.CoAuthor.User.Email, message.To.Mailboxes.Single().Address);
        Assert.Equal("newsroom@larkhaven.example", message.From.Mailboxes.Single().Address);
        Assert.Contains("Ines Contributor submitted “Emailed: the harbour bridge tolls” for review", message.Subject, StringComparison.Ordinal);
        Assert.Contains($"{NotificationEmailHost.PublicUrl}/newsroom/stories/{team.StoryId}", message.TextBody, StringComparison.Ordinal);
        Assert.True(await host.WithDatabaseAsync(db => db.Notifications.AnyAsync(
            n => n.ArticleId == team.StoryId && n.RecipientUserId == team.CoAuthor.User.Id && n.EmailedAt != null, TestContext.Current.CancellationToken)));
        // The editor and the admin were told in the newsroom, but chose no email.
        await team.AssertToldAsync(NotificationKind.StorySubmitted, team.CoAuthor, team.Editor, team.Admin);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(team.CoAuthor.User.Email!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_kind_the_member_did_not_choose_sends_no_email()
    {
        using var team = await NewsroomTeam.StartAsync(host, "Not emailed: the pier lighting");
        var account = await team.CoAuthor.Client.GetDocumentAsync("/newsroom/account");
        account.GetElementById("email-StoryPublished")!.SetAttribute("checked", "");
        using (var saved = await BrowserForm.Read(account, "form[action='/newsroom/account?handler=Notifications']")
            .PostAsync(team.CoAuthor.Client, "/newsroom/account?handler=Notifications"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await team.MoveAsync(team.Contributor, "Submit");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().SendDueAsync(TestContext.Current.CancellationToken);
        }
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(host.Smtp.Received, m => m.To.Contains(team.CoAuthor.User.Email!));
        Assert.False(await host.WithDatabaseAsync(db => db.Notifications.AnyAsync(
            n => n.ArticleId == team.StoryId && n.EmailAttempts > 0, TestContext.Current.CancellationToken)));
    }
}
