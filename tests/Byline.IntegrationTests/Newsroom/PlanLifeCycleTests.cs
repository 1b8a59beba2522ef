using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Notifications;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>An assignment from the editor's plan to a published story, its state following the story at every step.</summary>
public sealed class PlanLifeCycleTests(PlanHost host) : IClassFixture<PlanHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_assignment_for_two_reporters_is_on_both_desks_and_its_state_follows_the_story_to_publication()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Edna Editor");
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Ada Author");
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Cy Contributor");
        var now = host.FakeClock.GetUtcNow();
        var city = await StoryDesk.SectionIdAsync(host, "city");

        var id = await PlanDesk.CreateAsync(editor, "Ferry fares rise in the spring", city, [author.User.Id, contributor.User.Id], now.AddHours(3), now.AddHours(8));

        foreach (var reporter in new[] { author, contributor })
        {
            var desk = await reporter.Client.GetDocumentAsync("/newsroom");
            Assert.Equal("assigned", PlanDesk.StateIn(PlanDesk.Panel(desk, "your-assignments"), id));
            Assert.Equal("assigned", PlanDesk.StateIn(PlanDesk.Panel(desk, "plan-today"), id));
            Assert.Null(PlanDesk.Line(PlanDesk.Panel(desk, "plan-tomorrow"), id));
        }

        var storyId = await PlanDesk.StartedStoryAsync(contributor, id);

        var link = await host.WithDatabaseAsync(db => db.Assignments.Where(a => a.Id == id).Select(a => a.ArticleId).SingleAsync(Cancel));
        Assert.Equal(storyId, link);
        var story = await host.WithDatabaseAsync(db => db.Articles.AsNoTracking().Include(a => a.Authors).ThenInclude(a => a.Person)
            .SingleAsync(a => a.Id == storyId, Cancel));
        Assert.Equal("Ferry fares rise in the spring", story.Headline);
        Assert.Equal(city, story.SectionId);
        Assert.Equal(ArticleStatus.Draft, story.Status);
        Assert.Equal(["Ada Author", "Cy Contributor"], story.Authors.Select(a => a.Person.Name).Order(StringComparer.Ordinal));
        var storyPage = await contributor.Client.GetDocumentAsync($"/newsroom/stories/{storyId}");
        var origin = storyPage.QuerySelector(".plan-origin")!;
        Assert.Contains("From the plan:", origin.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/newsroom/plan/{id}", origin.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("writing", await StateOnPlanAsync(editor, id));
        var assignmentPage = await author.Client.GetDocumentAsync($"/newsroom/plan/{id}");
        Assert.Equal($"/newsroom/stories/{storyId}", assignmentPage.QuerySelectorAll("a.button").Single(a => a.TextContent == "Open the story").GetAttribute("href"));

        using (var submitted = await StoryDesk.MoveAsync(contributor, storyId, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        Assert.Equal("in review", await StateOnPlanAsync(editor, id));

        using (var scheduled = await StoryDesk.MoveAsync(editor, storyId, "Schedule", PlanDesk.Local(now.AddHours(7))))
        {
            Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        }
        Assert.Equal("scheduled", await StateOnPlanAsync(editor, id));

        using (var published = await StoryDesk.MoveAsync(editor, storyId, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        Assert.Equal("published", await StateOnPlanAsync(editor, id));
        // Done work leaves "Your assignments"; it stays on the day's plan.
        var authorDesk = await author.Client.GetDocumentAsync("/newsroom");
        Assert.Null(PlanDesk.Line(PlanDesk.Panel(authorDesk, "your-assignments"), id));
        Assert.Equal("published", PlanDesk.StateIn(PlanDesk.Panel(authorDesk, "plan-today"), id));
    }

    [Fact]
    public async Task A_draft_whose_deadline_passes_is_late_and_one_whose_planned_time_passes_unpublished_is_late_too()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var reporter = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var now = host.FakeClock.GetUtcNow();
        var sport = await StoryDesk.SectionIdAsync(host, "sport");
        var id = await PlanDesk.CreateAsync(editor, "Regatta crews named for the estuary race", sport, [reporter.User.Id], now.AddMinutes(30), now.AddMinutes(90));
        var storyId = await PlanDesk.StartedStoryAsync(reporter, id);
        Assert.Equal("writing", await StateOnPlanAsync(editor, id));

        host.FakeClock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal("late", await StateOnPlanAsync(editor, id));
        var desk = await reporter.Client.GetDocumentAsync("/newsroom");
        Assert.Equal("late", PlanDesk.StateIn(PlanDesk.Panel(desk, "your-assignments"), id));

        // Filed after the deadline, it is in review; once the planned time passes unpublished, it is late again.
        using (var submitted = await StoryDesk.MoveAsync(reporter, storyId, "Submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        Assert.Equal("in review", await StateOnPlanAsync(editor, id));
        host.FakeClock.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal("late", await StateOnPlanAsync(editor, id));
    }

    [Fact]
    public async Task Starting_twice_even_at_once_makes_one_story_and_both_reporters_land_on_it()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var first = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        using var second = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var now = host.FakeClock.GetUtcNow();
        var id = await PlanDesk.CreateAsync(editor, "Night market returns to the quay", await StoryDesk.SectionIdAsync(host, "city"),
            [first.User.Id, second.User.Id], now.AddHours(2), null);

        var both = await Task.WhenAll(PlanDesk.StartedStoryAsync(first, id), PlanDesk.StartedStoryAsync(second, id));
        var again = await PlanDesk.StartedStoryAsync(first, id);

        Assert.Equal(both[0], both[1]);
        Assert.Equal(both[0], again);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.Headline == "Night market returns to the quay", Cancel)));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AssignmentStarted && e.Subject == $"assignment:{id}", Cancel)));
    }

    [Fact]
    public async Task A_story_started_from_a_headline_another_story_uses_gets_a_slug_of_its_own()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var reporter = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var city = await StoryDesk.SectionIdAsync(host, "city");
        await StoryDesk.CreateAsync(editor, "Lighthouse keepers remembered", city);
        var now = host.FakeClock.GetUtcNow();
        var id = await PlanDesk.CreateAsync(editor, "Lighthouse keepers remembered", city, [reporter.User.Id], now.AddHours(2), null);

        var storyId = await PlanDesk.StartedStoryAsync(reporter, id);

        Assert.Equal("lighthouse-keepers-remembered-2", await host.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == storyId).Select(a => a.Slug).SingleAsync(Cancel)));
    }

    [Fact]
    public async Task Assigned_reporters_are_notified_in_the_same_save_and_only_newly_added_ones_on_an_edit()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var one = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        using var two = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        using var three = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var now = host.FakeClock.GetUtcNow();
        var city = await StoryDesk.SectionIdAsync(host, "city");
        // The editor puts themself on it too: nobody is notified of their own doing.
        var id = await PlanDesk.CreateAsync(editor, "Tram depot open day", city, [one.User.Id, two.User.Id, editor.User.Id], now.AddHours(2), null);

        var sent = await NotifiedAsync(id);
        Assert.Equal([one.User.Id, two.User.Id], sent.Select(n => n.RecipientUserId).Order());
        Assert.All(sent, n =>
        {
            Assert.Equal(NotificationKind.Assigned, n.Kind);
            Assert.Equal(editor.User.DisplayName, n.ActorName);
            Assert.Contains("“Tram depot open day”", n.Text, StringComparison.Ordinal);
        });

        var form = await editor.Client.ReadFormAsync($"/newsroom/plan/{id}", "form.nr-form");
        var fields = form.Fields.ToList();
        fields.Add(new("ReporterIds", three.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var edited = await editor.Client.PostFormAsync($"/newsroom/plan/{id}?handler=Save", fields.Where(f => f.Key != BrowserForm.AntiforgeryField), $"/newsroom/plan/{id}");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal([one.User.Id, two.User.Id, three.User.Id], (await NotifiedAsync(id)).Select(n => n.RecipientUserId).Order());
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AssignmentEdited && e.Subject == $"assignment:{id}", Cancel)));
    }

    [Fact]
    public async Task A_cancelled_assignment_leaves_the_plan_shows_under_the_cancelled_filter_and_can_be_reopened()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var reporter = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var now = host.FakeClock.GetUtcNow();
        var id = await PlanDesk.CreateAsync(editor, "Pier concert postponed", await StoryDesk.SectionIdAsync(host, "culture"), [reporter.User.Id], now.AddHours(2), null);

        using (var cancelled = await editor.Client.PostFormAsync($"/newsroom/plan/{id}?handler=Cancel", new Dictionary<string, string>(), $"/newsroom/plan/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        }
        using (var twice = await editor.Client.PostFormAsync($"/newsroom/plan/{id}?handler=Cancel", new Dictionary<string, string>(), $"/newsroom/plan/{id}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        var day = PlanDesk.Day(now);
        Assert.Null(PlanDesk.Line(await editor.Client.GetDocumentAsync($"/newsroom/plan?day={day}"), id));
        Assert.Equal("cancelled", PlanDesk.StateIn(await editor.Client.GetDocumentAsync($"/newsroom/plan?day={day}&cancelled=true"), id));
        var desk = await reporter.Client.GetDocumentAsync("/newsroom");
        Assert.Null(PlanDesk.Line(PlanDesk.Panel(desk, "your-assignments"), id));
        Assert.Null(PlanDesk.Line(PlanDesk.Panel(desk, "plan-today"), id));
        using (var start = await PlanDesk.StartAsync(reporter, id))
        {
            Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        }
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AssignmentCancelled && e.Subject == $"assignment:{id}", Cancel)));

        using (var reopened = await editor.Client.PostFormAsync($"/newsroom/plan/{id}?handler=Reopen", new Dictionary<string, string>(), $"/newsroom/plan/{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        }
        Assert.Equal("assigned", await StateOnPlanAsync(editor, id));
    }

    [Fact]
    public async Task An_edit_made_from_an_older_version_is_refused_with_409_and_changes_nothing()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var reporter = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var now = host.FakeClock.GetUtcNow();
        var id = await PlanDesk.CreateAsync(editor, "Harbour wall survey", await StoryDesk.SectionIdAsync(host, "city"), [reporter.User.Id], now.AddHours(2), null);
        var opened = await editor.Client.ReadFormAsync($"/newsroom/plan/{id}", "form.nr-form");

        using (var first = await opened.Set("WorkingHeadline", "Harbour wall survey finds cracks").PostAsync(editor.Client, $"/newsroom/plan/{id}?handler=Save"))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }
        using var stale = await opened.Set("WorkingHeadline", "Harbour wall is fine").PostAsync(editor.Client, $"/newsroom/plan/{id}?handler=Save");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this assignment", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("Harbour wall survey finds cracks", await host.WithDatabaseAsync(db => db.Assignments.Where(a => a.Id == id).Select(a => a.WorkingHeadline).SingleAsync(Cancel)));
    }

    private Task<List<Notification>> NotifiedAsync(int assignmentId) => host.WithDatabaseAsync(db =>
        db.Notifications.AsNoTracking().Where(n => n.Link == $"/newsroom/plan/{assignmentId}").ToListAsync(Cancel));

    private async Task<string?> StateOnPlanAsync(NewsroomSession member, int id) =>
        PlanDesk.StateIn(await member.Client.GetDocumentAsync($"/newsroom/plan?day={PlanDesk.Day(host.FakeClock.GetUtcNow())}"), id);
}
