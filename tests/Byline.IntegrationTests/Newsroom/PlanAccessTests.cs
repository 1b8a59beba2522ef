using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Every role (and no role) against every action of the plan, through real HTTP.</summary>
public sealed class PlanAccessTests(PlanHost host) : IClassFixture<PlanHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<NewsroomRole> Roles => [NewsroomRole.Contributor, NewsroomRole.Author, NewsroomRole.Editor, NewsroomRole.Admin];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_member_reads_the_plan_and_an_assignment_and_the_desk_shows_the_plan(NewsroomRole role)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var member = await NewsroomSession.SignInAsync(host, role);
        using var reporter = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var id = await NewAssignmentAsync(editor, reporter, $"Plan read by {role}");

        var plan = await member.Client.GetDocumentAsync($"/newsroom/plan?day={PlanDesk.Day(host.FakeClock.GetUtcNow())}");
        var page = await member.Client.GetDocumentAsync($"/newsroom/plan/{id}");
        var desk = await member.Client.GetDocumentAsync("/newsroom");

        Assert.NotNull(PlanDesk.Line(plan, id));
        Assert.Equal($"Plan read by {role}", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(PlanDesk.Line(PlanDesk.Panel(desk, "plan-today"), id));
        Assert.NotNull(desk.QuerySelector("nav.nr-nav a[href='/newsroom/plan']"));
        var manages = role >= NewsroomRole.Editor;
        Assert.Equal(manages, page.QuerySelector("form[action*='handler=Save']") is not null);
        Assert.Equal(manages, page.QuerySelector("form[action*='handler=Cancel']") is not null);
        Assert.Equal(manages, plan.QuerySelector("a[href^='/newsroom/plan/new']") is not null);
        // Not a reporter on it: only an editor may start it for the reporters.
        Assert.Equal(manages, page.QuerySelector("form[action*='handler=Start']") is not null);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_editors_and_admins_open_and_post_the_new_assignment_form(NewsroomRole role)
    {
        using var member = await NewsroomSession.SignInAsync(host, role);
        using var reporter = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var headline = $"New assignment by {role}";
        var now = host.FakeClock.GetUtcNow();

        using var get = await member.Client.GetAsync(new Uri("/newsroom/plan/new", UriKind.Relative), Cancel);
        using var post = await member.Client.PostFormAsync("/newsroom/plan/new",
            PlanDesk.Fields(headline, await StoryDesk.SectionIdAsync(host, "city"), [reporter.User.Id], now.AddHours(1), null), "/newsroom/plan");

        var allowed = role >= NewsroomRole.Editor;
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(allowed ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(allowed, await host.WithDatabaseAsync(db => db.Assignments.AnyAsync(a => a.WorkingHeadline == headline, Cancel)));
        Assert.Equal(allowed, await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.AssignmentCreated && e.Details.Contains(headline), Cancel)));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_editors_and_admins_edit_cancel_and_reopen_an_assignment(NewsroomRole role)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var member = await NewsroomSession.SignInAsync(host, role);
        // The member is a reporter on it: being assigned gives no right to change the plan.
        var id = await NewAssignmentAsync(editor, member, $"Edited by {role}");
        var form = await editor.Client.ReadFormAsync($"/newsroom/plan/{id}", "form.nr-form");
        var path = $"/newsroom/plan/{id}";

        using var save = await member.Client.PostFormAsync($"{path}?handler=Save",
            form.Set("WorkingHeadline", $"Changed by {role}").Fields.Where(f => f.Key != BrowserForm.AntiforgeryField), path);
        using var cancel = await member.Client.PostFormAsync($"{path}?handler=Cancel", new Dictionary<string, string>(), path);
        using var reopen = await member.Client.PostFormAsync($"{path}?handler=Reopen", new Dictionary<string, string>(), path);

        var allowed = role >= NewsroomRole.Editor;
        var expected = allowed ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden;
        Assert.Equal(expected, save.StatusCode);
        Assert.Equal(expected, cancel.StatusCode);
        Assert.Equal(expected, reopen.StatusCode);
        var stored = await host.WithDatabaseAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id, Cancel));
        Assert.Equal(allowed ? $"Changed by {role}" : $"Edited by {role}", stored.WorkingHeadline);
        Assert.Null(stored.CancelledAt);
        Assert.Equal(allowed ? 2 : 0, await host.WithDatabaseAsync(db =>
            db.AuditEntries.CountAsync(e => e.Subject == $"assignment:{id}" && (e.Action == AuditActions.AssignmentCancelled || e.Action == AuditActions.AssignmentReopened), Cancel)));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task A_reporter_of_any_role_starts_the_story_and_a_member_not_on_it_only_as_an_editor(NewsroomRole role)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var reporter = await NewsroomSession.SignInAsync(host, role);
        using var bystander = await NewsroomSession.SignInAsync(host, role);
        var mine = await NewAssignmentAsync(editor, reporter, $"Started by a {role} reporter");
        var theirs = await NewAssignmentAsync(editor, editor, $"Started by a {role} not on it");

        var reporterPage = await reporter.Client.GetDocumentAsync($"/newsroom/plan/{mine}");
        Assert.Equal("Start the story", reporterPage.QuerySelector("form[action*='handler=Start'] button")!.TextContent);
        await PlanDesk.StartedStoryAsync(reporter, mine);
        using var other = await PlanDesk.StartAsync(bystander, theirs);

        var allowed = role >= NewsroomRole.Editor;
        Assert.Equal(allowed ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(allowed, await host.WithDatabaseAsync(db => db.Assignments.AnyAsync(a => a.Id == theirs && a.ArticleId != null, Cancel)));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_every_plan_page_and_changes_nothing()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await NewAssignmentAsync(editor, editor, "Seen by nobody outside");
        using var anonymous = NewsroomSession.CreateClient(host);

        foreach (var path in new[] { "/newsroom/plan", "/newsroom/plan/new", $"/newsroom/plan/{id}" })
        {
            using var get = await anonymous.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.StartsWith("/newsroom/sign-in", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        foreach (var handler in new[] { "Start", "Cancel", "Save" })
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["WorkingHeadline"] = "Taken over" });
            using var post = await anonymous.PostAsync(new Uri($"/newsroom/plan/{id}?handler={handler}", UriKind.Relative), content, Cancel);
            Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{handler} answered {(int)post.StatusCode}");
        }
        var stored = await host.WithDatabaseAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id, Cancel));
        Assert.Equal("Seen by nobody outside", stored.WorkingHeadline);
        Assert.Null(stored.ArticleId);
        Assert.Null(stored.CancelledAt);
    }

    private async Task<int> NewAssignmentAsync(NewsroomSession editor, NewsroomSession reporter, string headline)
    {
        var now = host.FakeClock.GetUtcNow();
        return await PlanDesk.CreateAsync(editor, headline, await StoryDesk.SectionIdAsync(host, "city"), [reporter.User.Id], now.AddHours(2), now.AddHours(3));
    }
}
