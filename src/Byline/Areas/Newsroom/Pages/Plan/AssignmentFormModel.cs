using System.Globalization;
using Byline.Planning;
using Byline.Site;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>The assignment form's fields and choices, shared by the new-assignment page and an assignment's own page.</summary>
public abstract class AssignmentFormModel(PlanReader plan, SiteIdentity site) : NewsroomPageModel
{
    /// <summary>What a <c>datetime-local</c> field shows and sends.</summary>
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    [BindProperty]
    public string? WorkingHeadline { get; set; }

    [BindProperty]
    public string? Brief { get; set; }

    [BindProperty]
    public string? SectionId { get; set; }

    [BindProperty]
    public List<string> ReporterIds { get; set; } = [];

    [BindProperty]
    public string? Deadline { get; set; }

    [BindProperty]
    public string? PlannedAt { get; set; }

    /// <summary>The version the form was opened at; an edit saved in between makes this one a conflict.</summary>
    [BindProperty]
    public int Version { get; set; }

    protected PlanReader Plan { get; } = plan;

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];
    public IReadOnlyList<PlanPerson> Members { get; private set; } = [];

    public string TimeZoneName => site.Current.TimeZone.Id;

    public AssignmentInput Input => new(WorkingHeadline, Brief, SectionId, ReporterIds, Deadline, PlannedAt, Version);

    public bool IsChosen(int userId) => ReporterIds.Contains(userId.ToString(CultureInfo.InvariantCulture));

    /// <summary>An instant as the form's <c>datetime-local</c> fields show it, in the site's time zone.</summary>
    public string LocalValue(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, site.Current.TimeZone).ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>The site's local date now.</summary>
    protected DateOnly Today => Plan.Today;

    /// <summary>Reads the choices; members already on the assignment stay choosable after they are disabled.</summary>
    protected async Task LoadChoicesAsync(IReadOnlyCollection<int> currentReporters, CancellationToken cancellationToken)
    {
        Sections = await Plan.SectionsAsync(cancellationToken);
        Members = await Plan.MembersAsync(currentReporters, cancellationToken);
    }
}
