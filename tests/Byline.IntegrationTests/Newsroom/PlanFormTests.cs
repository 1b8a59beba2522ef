using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The assignment form's refusals: a 400 with the reason beside its field, and nothing stored.</summary>
public sealed class PlanFormTests(PlanHost host) : IClassFixture<PlanHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "WorkingHeadline", "   ", "WorkingHeadline", "A working headline is required." },
        { "Deadline", "next Tuesday at five", "Deadline", "Give the deadline as a date and time" },
        { "Deadline", "2026-02-30T17:00", "Deadline", "Give the deadline as a date and time" },
        { "Deadline", "", "Deadline", "A deadline is required." },
        { "PlannedAt", "tomorrow-ish", "PlannedAt", "Give the planned publication time as a date and time" },
        { "SectionId", "999999", "SectionId", "There is no such section." },
        { "SectionId", "city", "SectionId", "There is no such section." },
        { "SectionId", "", "SectionId", "Choose a section." },
        { "ReporterIds", "999999", "ReporterIds", "not an active member of the newsroom" },
        { "ReporterIds", "someone", "ReporterIds", "not a member of the newsroom" },
        { "ReporterIds", "", "ReporterIds", "Choose at least one reporter." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task A_bad_field_answers_400_with_the_reason_beside_it_and_stores_nothing(string field, string value, string errorField, string message)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var headline = $"Refused {field} {Guid.NewGuid():N}";
        var fields = Valid(headline, editor.User.Id, await StoryDesk.SectionIdAsync(host, "city"))
            .Where(f => f.Key != field).Append(new(field, value)).ToList();

        using var response = await editor.Client.PostFormAsync("/newsroom/plan/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(message, page.QuerySelector($"#{errorField}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"#{errorField}")!.GetAttribute("aria-invalid"));
        Assert.False(await host.WithDatabaseAsync(db => db.Assignments.AnyAsync(a => a.WorkingHeadline == headline.Trim(), Cancel)));
    }

    [Fact]
    public async Task A_planned_publication_before_the_deadline_is_refused_and_what_was_typed_stays_in_the_form()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var now = host.FakeClock.GetUtcNow();
        var fields = PlanDesk.Fields("Planned before it is due", await StoryDesk.SectionIdAsync(host, "city"), [editor.User.Id], now.AddHours(5), now.AddHours(4));

        using var response = await editor.Client.PostFormAsync("/newsroom/plan/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("The planned publication time cannot be before the deadline: the story must be in before it goes live.", page.QuerySelector("#PlannedAt-error")!.TextContent);
        Assert.Equal("Planned before it is due", page.QuerySelector("#WorkingHeadline")!.GetAttribute("value"));
        Assert.Equal(PlanDesk.Local(now.AddHours(5)), page.QuerySelector("#Deadline")!.GetAttribute("value"));
        Assert.Equal(editor.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#ReporterIds option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_disabled_member_is_not_offered_and_cannot_be_assigned()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var leaver = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Lee Leaver");
        await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == leaver.User.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true), Cancel));

        var form = await editor.Client.GetDocumentAsync("/newsroom/plan/new");
        using var response = await editor.Client.PostFormAsync("/newsroom/plan/new",
            Valid("Given to a leaver", leaver.User.Id, await StoryDesk.SectionIdAsync(host, "city")));

        Assert.Null(form.QuerySelector($"#ReporterIds option[value='{leaver.User.Id}']"));
        Assert.Equal("Reporters", form.QuerySelector("label[for='ReporterIds']")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_plan_filter_that_is_not_a_day_or_a_number_answers_400_with_the_reason()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var day = await editor.Client.GetAsync(new Uri("/newsroom/plan?day=yesterday", UriKind.Relative), Cancel);
        using var person = await editor.Client.GetAsync(new Uri("/newsroom/plan?person=me", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, day.StatusCode);
        Assert.Contains("Give the day as year-month-day", await day.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, person.StatusCode);
    }

    private List<KeyValuePair<string, string>> Valid(string headline, int reporterId, int sectionId)
    {
        var now = host.FakeClock.GetUtcNow();
        return PlanDesk.Fields(headline, sectionId, [reporterId], now.AddHours(2), now.AddHours(3));
    }
}
