using Byline.Accounts;
using Byline.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The plan and the desk filtered by person and section, as GET forms a browser without JavaScript sends.</summary>
public sealed class PlanFilterTests(PlanHost host) : IClassFixture<PlanHost>
{
    [Fact]
    public async Task The_plan_and_the_desk_show_only_the_chosen_persons_or_sections_lines_and_days_are_kept_apart()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var ana = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Ana Filter");
        using var ben = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Ben Filter");
        var now = host.FakeClock.GetUtcNow();
        var city = await StoryDesk.SectionIdAsync(host, "city");
        var sport = await StoryDesk.SectionIdAsync(host, "sport");
        var anaCity = await PlanDesk.CreateAsync(editor, "Ana in the city", city, [ana.User.Id], now.AddHours(1), now.AddHours(2));
        var benSport = await PlanDesk.CreateAsync(editor, "Ben at the match", sport, [ben.User.Id], now.AddHours(1), now.AddHours(2));
        var bothTomorrow = await PlanDesk.CreateAsync(editor, "Both tomorrow", sport, [ana.User.Id, ben.User.Id], now.AddHours(1), now.AddDays(1));
        var day = PlanDesk.Day(now);

        var byAna = await editor.Client.GetDocumentAsync($"/newsroom/plan?day={day}&person={ana.User.Id}");
        var bySport = await editor.Client.GetDocumentAsync($"/newsroom/plan?day={day}&section={sport}");
        var tomorrow = await editor.Client.GetDocumentAsync($"/newsroom/plan?day={PlanDesk.Day(now.AddDays(1))}&person={ben.User.Id}");
        var deskByBen = await ana.Client.GetDocumentAsync($"/newsroom?person={ben.User.Id}");
        var deskByCity = await ana.Client.GetDocumentAsync($"/newsroom?section={city}");

        Assert.NotNull(PlanDesk.Line(byAna, anaCity));
        Assert.Null(PlanDesk.Line(byAna, benSport));
        Assert.Null(PlanDesk.Line(byAna, bothTomorrow));
        Assert.Equal(ana.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), byAna.QuerySelector("#plan-person option[selected]")!.GetAttribute("value"));
        Assert.NotNull(PlanDesk.Line(bySport, benSport));
        Assert.Null(PlanDesk.Line(bySport, anaCity));
        Assert.Equal("Sport", bySport.QuerySelector(".plan-day__section")!.TextContent);
        Assert.NotNull(PlanDesk.Line(tomorrow, bothTomorrow));
        Assert.Null(PlanDesk.Line(tomorrow, benSport));

        var today = PlanDesk.Panel(deskByBen, "plan-today");
        Assert.NotNull(PlanDesk.Line(today, benSport));
        Assert.Null(PlanDesk.Line(today, anaCity));
        Assert.NotNull(PlanDesk.Line(PlanDesk.Panel(deskByBen, "plan-tomorrow"), bothTomorrow));
        // The member's own assignments are not filtered: they are theirs whatever the plan below shows.
        Assert.NotNull(PlanDesk.Line(PlanDesk.Panel(deskByBen, "your-assignments"), anaCity));
        Assert.NotNull(PlanDesk.Line(PlanDesk.Panel(deskByCity, "plan-today"), anaCity));
        Assert.Null(PlanDesk.Line(PlanDesk.Panel(deskByCity, "plan-today"), benSport));
        Assert.Equal($"/newsroom/plan?day={day}&section={city}", deskByCity.QuerySelectorAll("a").Single(a => a.TextContent == "Full plan →").GetAttribute("href"));
    }

    [Fact]
    public async Task Your_assignments_lists_the_nearest_deadline_first()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var reporter = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var now = host.FakeClock.GetUtcNow();
        var city = await StoryDesk.SectionIdAsync(host, "city");
        var later = await PlanDesk.CreateAsync(editor, "Due later", city, [reporter.User.Id], now.AddHours(6), null);
        var sooner = await PlanDesk.CreateAsync(editor, "Due sooner", city, [reporter.User.Id], now.AddHours(1), null);

        var desk = await reporter.Client.GetDocumentAsync("/newsroom");

        var order = PlanDesk.Panel(desk, "your-assignments").QuerySelectorAll("li.plan-line a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/newsroom/plan/{sooner}", $"/newsroom/plan/{later}"], order);
    }
}
