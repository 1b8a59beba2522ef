using System.Net;
using Byline.Accounts;
using Byline.Notifications;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Byline.IntegrationTests.Newsroom.StoryNotesDesk;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>An <c>@handle</c> in a note notifies that member, in the note's own transaction; nobody else is told.</summary>
public sealed class StoryNoteMentionsTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_note_notifies_the_active_members_it_mentions_who_may_read_it_and_no_one_else()
    {
        using var writer = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Mira Mention");
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cass Contributor");
        using var otherEditor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Eddie Other");
        using var outsider = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Aldo Outsider");
        using var disabled = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Dora Disabled");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<MemberAdministration>()
                .SetDisabledAsync(disabled.User.Id, true, Actor.System("Tests"), Cancel)).Succeeded);
        }
        var id = await StoryDesk.CreateAsync(contributor, "Ferry timetable changes", await StoryDesk.SectionIdAsync(host, "city"));

        var page = await writer.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var hint = page.QuerySelector("#note-body-hint")!.TextContent;
        Assert.Contains("@casscontributor (Cass Contributor)", hint, StringComparison.Ordinal);
        Assert.Contains("@eddieother (Eddie Other)", hint, StringComparison.Ordinal);
        Assert.DoesNotContain("Dora Disabled", hint, StringComparison.Ordinal);
        Assert.DoesNotContain("Aldo Outsider", hint, StringComparison.Ordinal);

        using var added = await BrowserForm.Read(page, "#note-add").Set("NoteBody",
            "@casscontributor please check the times with @EddieOther. cc @aldooutsider @doradisabled @miramention @nobodyhere, mail ferry@casscontributor.example").PostAsync(writer.Client);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var rows = await host.WithDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.ArticleId == id).ToListAsync(Cancel));
        Assert.Equal([contributor.User.Id, otherEditor.User.Id], rows.Select(n => n.RecipientUserId).Order());
        Assert.All(rows, n =>
        {
            Assert.Equal(NotificationKind.Mentioned, n.Kind);
            Assert.Equal("Mira Mention", n.ActorName);
            Assert.Equal($"/newsroom/stories/{id}#notes", n.Link);
            Assert.StartsWith("Mira Mention mentioned you in a note on “Ferry timetable changes”: @casscontributor please check", n.Text, StringComparison.Ordinal);
        });
        var flash = (await writer.Client.GetDocumentAsync($"/newsroom/stories/{id}")).Body!.TextContent;
        Assert.Contains("Note added. Notified: Cass Contributor, Eddie Other.", flash, StringComparison.Ordinal);

        // A reply tells the thread's writer nothing by itself: only mentions notify.
        var thread = (await NotesAsync(host, id)).Single();
        using var replied = await ReplyAsync(otherEditor, id, thread.Id, "Times checked, all fine.");
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.ArticleId == id, Cancel)));
    }

    [Fact]
    public async Task A_mention_of_a_contributor_whose_story_is_live_links_to_the_notes_page_they_can_open()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Lena Linker");
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Pia Published");
        var id = await StoryDesk.CreateAsync(contributor, "Published contributor story", await StoryDesk.SectionIdAsync(host, "city"));
        using (var published = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        using var added = await AddAsync(editor, id, "Great work, @piapublished.");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var row = await host.WithDatabaseAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.ArticleId == id && n.Kind == NotificationKind.Mentioned, Cancel));
        Assert.Equal(contributor.User.Id, row.RecipientUserId);
        Assert.Equal($"/newsroom/stories/{id}/notes", row.Link);
        using var opened = await contributor.Client.GetAsync(new Uri(row.Link, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }
}
