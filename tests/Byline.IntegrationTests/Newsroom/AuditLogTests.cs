using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The audit log page: who did what and when, filtered and paged, and nothing that can change an entry.</summary>
public sealed class AuditLogTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_ins_that_succeed_and_fail_appear_with_who_when_and_what()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsroomMembers>().CreateAsync(
                "sam.signin@newsroom.example.org", "Sam Signin", NewsroomRole.Author, NewsroomSession.Password, Actor.System("Tests"), Cancel);
        }
        using var client = NewsroomSession.CreateClient(host);
        using (var wrong = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = "sam.signin@newsroom.example.org",
            ["Password"] = "not the right password",
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        using (var right = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = "sam.signin@newsroom.example.org",
            ["Password"] = NewsroomSession.Password,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }

        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var failed = Rows(await admin.Client.GetDocumentAsync("/newsroom/audit?action=sign-in-failed"))
            .First(r => r.Who == "Sam Signin");
        Assert.Equal("Wrong password", failed.What);
        Assert.InRange(failed.When, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var succeeded = Rows(await admin.Client.GetDocumentAsync("/newsroom/audit?action=sign-in"))
            .First(r => r.Who == "Sam Signin");
        Assert.Equal("Signed in with a password", succeeded.What);
    }

    [Fact]
    public async Task A_new_story_is_logged_as_about_that_story_with_a_link_to_it()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Cora Creator");
        var id = await StoryDesk.CreateAsync(author, "Tide gauge installed at the harbour mouth", await StoryDesk.SectionIdAsync(host, "city"));

        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var page = await admin.Client.GetDocumentAsync("/newsroom/audit?action=article-created");
        var created = Rows(page).First(r => r.Who == "Cora Creator");
        Assert.Equal($"article:{id}", created.About);
        Assert.Equal("Created “Tide gauge installed at the harbour mouth”", created.What);
        Assert.Contains(page.QuerySelectorAll("td a"), a => a.GetAttribute("href") == $"/newsroom/stories/{id}");
    }

    [Fact]
    public async Task A_role_change_and_an_invitation_appear_in_the_log()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin, "Rowan Root");
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Ash Author");
        using (var change = await admin.Client.PostFormAsync($"/newsroom/people/{author.User.Id}?handler=Role",
            new Dictionary<string, string> { ["Role"] = "Editor" }, $"/newsroom/people/{author.User.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        }
        using (var invite = await admin.Client.PostFormAsync("/newsroom/people/invite", new Dictionary<string, string>
        {
            ["Email"] = "new.colleague@newsroom.example.org",
            ["Name"] = "Nell Colleague",
            ["Role"] = "Contributor",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, invite.StatusCode);
        }

        var roleChange = Rows(await admin.Client.GetDocumentAsync("/newsroom/audit?action=role-changed")).First(r => r.About == $"user:{author.User.Id}");
        Assert.Equal("Rowan Root", roleChange.Who);
        Assert.Equal("Ash Author: Author → Editor", roleChange.What);
        var invitation = Rows(await admin.Client.GetDocumentAsync("/newsroom/audit?action=invitation-created")).First(r => r.What.Contains("Nell Colleague", StringComparison.Ordinal));
        Assert.Equal("Rowan Root", invitation.Who);
        Assert.Equal("Invited Nell Colleague as Contributor", invitation.What);
    }

    [Fact]
    public async Task Filters_by_action_actor_and_date_narrow_the_list()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Fil Filter");

        var all = Rows(await admin.Client.GetDocumentAsync("/newsroom/audit"));
        Assert.Contains(all, r => r.Action == AuditActions.SignIn);
        Assert.Contains(all, r => r.Action == AuditActions.UserCreated);
        Assert.True(all.Zip(all.Skip(1)).All(pair => pair.First.When >= pair.Second.When), "entries are not newest first");

        var signIns = Rows(await admin.Client.GetDocumentAsync("/newsroom/audit?action=sign-in"));
        Assert.NotEmpty(signIns);
        Assert.All(signIns, r => Assert.Equal(AuditActions.SignIn, r.Action));

        var byEditor = Rows(await admin.Client.GetDocumentAsync($"/newsroom/audit?actor={editor.User.Id}"));
        Assert.NotEmpty(byEditor);
        Assert.All(byEditor, r => Assert.Equal("Fil Filter", r.Who));

        var bySystem = Rows(await admin.Client.GetDocumentAsync("/newsroom/audit?actor=system&action=user-created"));
        Assert.Contains(bySystem, r => r.What == "Fil Filter joined as Editor");

        var zone = host.Services.GetRequiredService<SiteIdentity>().Current.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var iso = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(Rows(await admin.Client.GetDocumentAsync($"/newsroom/audit?actor={editor.User.Id}&from={iso(today)}&to={iso(today)}")), r => r.Who == "Fil Filter");
        var tomorrow = await admin.Client.GetDocumentAsync($"/newsroom/audit?from={iso(today.AddDays(1))}");
        Assert.Empty(Rows(tomorrow));
        Assert.Contains("No entry matches", tomorrow.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Rows(await admin.Client.GetDocumentAsync($"/newsroom/audit?to={iso(today.AddDays(-1))}&actor={editor.User.Id}")));
    }

    [Theory]
    [InlineData("/newsroom/audit?action=drop-table")]
    [InlineData("/newsroom/audit?actor=somebody")]
    [InlineData("/newsroom/audit?from=yesterday")]
    [InlineData("/newsroom/audit?from=2026-05-02&to=2026-05-01")]
    [InlineData("/newsroom/audit?page=0")]
    public async Task A_filter_that_makes_no_sense_gets_a_400_that_says_why(string path)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var response = await admin.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.NotNull(page.QuerySelector("[role=alert]"));
    }

    [Fact]
    public async Task The_log_is_read_fifty_entries_a_page()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        StaffUser quiet;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            quiet = (await scope.ServiceProvider.GetRequiredService<NewsroomMembers>().CreateAsync(
                $"busy-{Guid.NewGuid():N}@newsroom.example.org", "Bea Busy", NewsroomRole.Editor, NewsroomSession.Password, Actor.System("Tests"), Cancel)).User!;
        }
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        await host.WithDatabaseAsync(async db =>
        {
            for (var n = 1; n <= 60; n++)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = start.AddMinutes(n), ActorId = quiet.Id, ActorName = "Bea Busy", Action = AuditActions.SectionChanged,
                    Subject = $"section:{n}", Details = $"Change number {n}",
                });
            }
            return await db.SaveChangesAsync(Cancel);
        });

        var first = await admin.Client.GetDocumentAsync($"/newsroom/audit?actor={quiet.Id}");
        var firstRows = Rows(first);
        Assert.Equal(50, firstRows.Count);
        Assert.Equal("Change number 60", firstRows[0].What);
        var older = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains($"actor={quiet.Id}", older, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var second = await admin.Client.GetDocumentAsync(older);
        var secondRows = Rows(second);
        Assert.Equal(10, secondRows.Count);
        Assert.Equal("Change number 1", secondRows[^1].What);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task Entries_cannot_be_changed_through_any_route()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var before = await Snapshot();

        var page = await admin.Client.GetDocumentAsync("/newsroom/audit");
        Assert.DoesNotContain(page.QuerySelectorAll("main form"), f => !string.Equals(f.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase));

        // With a valid antiforgery token from another page, only the method stands in the way.
        using (var post = await admin.Client.PostFormAsync("/newsroom/audit", new Dictionary<string, string> { ["id"] = "1", ["Details"] = "rewritten" }, "/newsroom/account"))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        }
        using (var bare = await admin.Client.PostAsync(new Uri("/newsroom/audit?handler=Delete", UriKind.Relative), new FormUrlEncodedContent([]), Cancel))
        {
            Assert.True((int)bare.StatusCode is >= 400 and < 500, $"POST answered {(int)bare.StatusCode}");
        }
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            using var request = new HttpRequestMessage(method, new Uri("/newsroom/audit", UriKind.Relative)) { Content = new FormUrlEncodedContent([]) };
            using var response = await admin.Client.SendAsync(request, Cancel);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{method} answered {(int)response.StatusCode}");
        }

        var after = await Snapshot();
        Assert.Equal(before, after.Take(before.Count).ToList());
    }

    private Task<List<string>> Snapshot() =>
        host.WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Id + "|" + e.Action + "|" + e.ActorName + "|" + e.Details).ToListAsync(Cancel));

    private sealed record Row(DateTimeOffset When, string Who, string Action, string About, string What);

    private static List<Row> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("table.nr-audit tbody tr").Select(tr =>
        {
            var cells = tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            var when = DateTimeOffset.Parse(tr.QuerySelector("time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture);
            return new Row(when, cells[1], cells[2], cells[3], cells[4]);
        }).ToList();
}
