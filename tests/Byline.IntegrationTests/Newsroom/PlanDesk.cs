using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Byline.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Drives the plan's pages over HTTP the way a member's browser does.</summary>
internal static class PlanDesk
{
    /// <summary>A time as a <c>datetime-local</c> field sends it; tests run the site on UTC.</summary>
    public static string Local(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static List<KeyValuePair<string, string>> Fields(
        string headline, int sectionId, IEnumerable<int> reporterIds, DateTimeOffset deadline, DateTimeOffset? plannedAt, string brief = "Talk to the harbour master.")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("WorkingHeadline", headline),
            new("Brief", brief),
            new("SectionId", sectionId.ToString(CultureInfo.InvariantCulture)),
            new("Deadline", Local(deadline)),
            new("PlannedAt", plannedAt is { } planned ? Local(planned) : ""),
            new("Version", "0"),
        };
        fields.AddRange(reporterIds.Select(id => new KeyValuePair<string, string>("ReporterIds", id.ToString(CultureInfo.InvariantCulture))));
        return fields;
    }

    public static async Task<int> CreateAsync(
        NewsroomSession editor, string headline, int sectionId, IEnumerable<int> reporterIds, DateTimeOffset deadline, DateTimeOffset? plannedAt)
    {
        using var response = await editor.Client.PostFormAsync("/newsroom/plan/new", Fields(headline, sectionId, reporterIds, deadline, plannedAt));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/newsroom/plan/", location, StringComparison.Ordinal);
        return int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>Presses "Start the story" on the assignment's page; the answer's Location is the story.</summary>
    public static Task<HttpResponseMessage> StartAsync(NewsroomSession member, int assignmentId) =>
        member.Client.PostFormAsync($"/newsroom/plan/{assignmentId}?handler=Start", new Dictionary<string, string>(), $"/newsroom/plan/{assignmentId}");

    public static async Task<int> StartedStoryAsync(NewsroomSession member, int assignmentId)
    {
        using var response = await StartAsync(member, assignmentId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/newsroom/stories/", location, StringComparison.Ordinal);
        return int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>The line of <paramref name="assignmentId"/> inside <paramref name="within"/> (a panel of the page), or null.</summary>
    public static IElement? Line(IParentNode within, int assignmentId) =>
        within.QuerySelectorAll("li.plan-line").FirstOrDefault(li => li.QuerySelector($"a[href='/newsroom/plan/{assignmentId}']") is not null);

    /// <summary>The state the line shows, as words ("in review").</summary>
    public static string? StateIn(IParentNode within, int assignmentId) => Line(within, assignmentId)?.QuerySelector(".plan-state")?.TextContent.Trim();

    /// <summary>The panel of the page headed by the element with <paramref name="headingId"/>.</summary>
    public static IElement Panel(IHtmlDocument page, string headingId) =>
        page.QuerySelector($"[aria-labelledby='{headingId}']") ?? throw new InvalidOperationException($"no panel headed #{headingId}");
}
