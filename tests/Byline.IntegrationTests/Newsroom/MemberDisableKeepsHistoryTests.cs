using System.Net;
using System.Reflection;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Nothing deletes a member: the People pages disable one, and their bylines and audit history stay.</summary>
public sealed class MemberDisableKeepsHistoryTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_disabled_member_keeps_their_bylines_author_page_and_audit_entries()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Morwenna Keep");
        var id = await StoryDesk.CreateAsync(author, "Tide mill restoration wins a grant", await StoryDesk.SectionIdAsync(host, "city"));
        using (var published = await StoryDesk.MoveAsync(author, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        var person = await host.WithDatabaseAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == author.User.PersonId, Cancel));
        var audited = await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.ActorId == author.User.Id, Cancel));
        Assert.True(audited > 0);

        var memberPage = await admin.Client.GetDocumentAsync($"/newsroom/people/{author.User.Id}");
        Assert.NotNull(memberPage.QuerySelector("form[action*='handler=Disable']"));
        Assert.Empty(memberPage.QuerySelectorAll("form[action*='handler=Delete' i], form[action*='handler=Remove' i]"));
        using (var disabled = await admin.Client.PostFormAsync($"/newsroom/people/{author.User.Id}?handler=Disable",
            new Dictionary<string, string>(), $"/newsroom/people/{author.User.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        }

        Assert.True(await host.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Id == author.User.Id && u.IsDisabled, Cancel)));
        Assert.True(await host.WithDatabaseAsync(db => db.ArticleAuthors.AnyAsync(a => a.ArticleId == id && a.PersonId == person.Id, Cancel)));
        Assert.Equal(audited, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.ActorId == author.User.Id, Cancel)));
        await host.EvictCachedPagesAsync();
        using var reader = host.CreateReader();
        var authorPage = await reader.GetDocumentAsync($"/author/{person.Slug}");
        Assert.Contains("Tide mill restoration wins a grant", authorPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_people_page_has_a_handler_that_deletes_a_member()
    {
        var handlers = typeof(Byline.Areas.Newsroom.Pages.People.MemberModel).Assembly.GetTypes()
            .Where(t => t.Namespace == "Byline.Areas.Newsroom.Pages.People")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => m.Name)
            .Where(n => n.StartsWith("OnPost", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(handlers, n => n.StartsWith("OnPostDisable", StringComparison.Ordinal));
        Assert.DoesNotContain(handlers, n => n.Contains("Delete", StringComparison.Ordinal) || n.Contains("Remove", StringComparison.Ordinal));
    }
}
