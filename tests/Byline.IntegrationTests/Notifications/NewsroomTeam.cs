using System.Globalization;
using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Notifications;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Notifications;

/// <summary>
/// The people around one story, made fresh for each test: a contributor who wrote it, an author beside them in its byline,
/// a disabled author also in its byline, an editor and an admin who review, and an author who has nothing to do with it.
/// </summary>
internal sealed class NewsroomTeam : IDisposable
{
    private NewsroomTeam(BylineHost host, NewsroomSession contributor, NewsroomSession coAuthor, NewsroomSession disabled,
        NewsroomSession editor, NewsroomSession admin, NewsroomSession bystander, int storyId, string headline)
    {
        Host = host;
        Contributor = contributor;
        CoAuthor = coAuthor;
        Disabled = disabled;
        Editor = editor;
        Admin = admin;
        Bystander = bystander;
        StoryId = storyId;
        Headline = headline;
    }

    public BylineHost Host { get; }
    public NewsroomSession Contributor { get; }
    public NewsroomSession CoAuthor { get; }
    public NewsroomSession Disabled { get; }
    public NewsroomSession Editor { get; }
    public NewsroomSession Admin { get; }
    public NewsroomSession Bystander { get; }
    public int StoryId { get; }
    public string Headline { get; }

    public static async Task<NewsroomTeam> StartAsync(BylineHost host, string headline)
    {
        var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Ines Contributor");
        var coAuthor = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Arlo Coauthor");
        var disabled = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Dana Disabled");
        var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Esme Editor");
        var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin, "Abel Admin");
        var bystander = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Bea Bystander");
        var storyId = await StoryDesk.CreateAsync(contributor, headline, await StoryDesk.SectionIdAsync(host, "city"));
        await host.WithDatabaseAsync(async db =>
        {
            var position = await db.ArticleAuthors.Where(a => a.ArticleId == storyId).CountAsync(TestContext.Current.CancellationToken);
            foreach (var member in new[] { coAuthor, disabled })
            {
                db.ArticleAuthors.Add(new ArticleAuthor { ArticleId = storyId, PersonId = member.User.PersonId!.Value, Position = position++ });
            }
            await db.Users.Where(u => u.Id == disabled.User.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true), TestContext.Current.CancellationToken);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return new NewsroomTeam(host, contributor, coAuthor, disabled, editor, admin, bystander, storyId, headline);
    }

    /// <summary>
    /// Presses a workflow button as <paramref name="member"/> and expects it to go through; sending a story back from
    /// review says what needs changing, as the form requires.
    /// </summary>
    public async Task MoveAsync(NewsroomSession member, string move, DateTimeOffset? publishAt = null)
    {
        var changes = move == "ReturnToDraft" ? new Dictionary<string, string> { ["SentBackNote"] = "Needs a second source." } : null;
        using var response = await StoryDesk.MoveAsync(member, StoryId, move,
            publishAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), changes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>How many notifications of <paramref name="kind"/> about this story each member got.</summary>
    public Task<int> CountAsync(NewsroomSession member, NotificationKind kind) =>
        Host.WithDatabaseAsync(db => db.Notifications.CountAsync(
            n => n.ArticleId == StoryId && n.Kind == kind && n.RecipientUserId == member.User.Id, TestContext.Current.CancellationToken));

    /// <summary>Exactly one notification for each of <paramref name="told"/>, none for every other member of the team.</summary>
    public async Task AssertToldAsync(NotificationKind kind, params NewsroomSession[] told)
    {
        foreach (var member in new[] { Contributor, CoAuthor, Disabled, Editor, Admin, Bystander })
        {
            var expected = told.Contains(member) ? 1 : 0;
            Assert.True(expected == await CountAsync(member, kind), $"{member.User.DisplayName} should have {expected} {kind} notification(s)");
        }
    }

    public void Dispose()
    {
        foreach (var member in new[] { Contributor, CoAuthor, Disabled, Editor, Admin, Bystander })
        {
            member.Dispose();
        }
    }
}
