using System.Globalization;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Planning;

/// <summary>What an assignment must hold, each refusal keyed by the form field it concerns.</summary>
public sealed class AssignmentRules(BylineDb db, SiteIdentity site)
{
    /// <summary>What a <c>datetime-local</c> field sends, and what a person types where it is a plain text box.</summary>
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>
    /// Checks <paramref name="input"/>. Members already on the assignment (<paramref name="keptReporterIds"/>) may stay
    /// on it after they are disabled; anyone added must be an active member.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, string> Errors, AssignmentFields? Fields)> CheckAsync(
        AssignmentInput input, IReadOnlyCollection<int> keptReporterIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(keptReporterIds);
        var errors = new Dictionary<string, string>();

        var headline = (input.WorkingHeadline ?? "").Trim();
        if (headline.Length == 0)
        {
            errors[nameof(AssignmentInput.WorkingHeadline)] = "A working headline is required.";
        }
        else if (headline.Length > Assignment.WorkingHeadlineMaxLength)
        {
            errors[nameof(AssignmentInput.WorkingHeadline)] = $"The working headline can be at most {Assignment.WorkingHeadlineMaxLength} characters long.";
        }

        var brief = (input.Brief ?? "").Trim();
        if (brief.Length > Assignment.BriefMaxLength)
        {
            errors[nameof(AssignmentInput.Brief)] = $"The brief can be at most {Assignment.BriefMaxLength:N0} characters long.";
        }

        var sectionId = 0;
        if (string.IsNullOrWhiteSpace(input.SectionId))
        {
            errors[nameof(AssignmentInput.SectionId)] = "Choose a section.";
        }
        else if (!int.TryParse(input.SectionId, NumberStyles.None, CultureInfo.InvariantCulture, out sectionId)
            || !await db.Sections.AnyAsync(s => s.Id == sectionId, cancellationToken))
        {
            errors[nameof(AssignmentInput.SectionId)] = "There is no such section. Choose one from the list.";
        }

        var reporterIds = await CheckReportersAsync(input.ReporterIds, keptReporterIds, errors, cancellationToken);

        var deadline = LocalTime(input.Deadline, nameof(AssignmentInput.Deadline), "deadline", required: true, errors);
        var plannedAt = LocalTime(input.PlannedAt, nameof(AssignmentInput.PlannedAt), "planned publication time", required: false, errors);
        if (deadline is { } due && plannedAt is { } planned && planned < due)
        {
            errors[nameof(AssignmentInput.PlannedAt)] = "The planned publication time cannot be before the deadline: the story must be in before it goes live.";
        }

        return errors.Count > 0
            ? (errors, null)
            : (errors, new AssignmentFields(headline, brief, sectionId, reporterIds, deadline!.Value, plannedAt));
    }

    private async Task<IReadOnlyList<int>> CheckReportersAsync(
        IReadOnlyList<string> typed, IReadOnlyCollection<int> kept, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        const string field = nameof(AssignmentInput.ReporterIds);
        var ids = new List<int>();
        foreach (var value in typed.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                errors[field] = "One of the chosen reporters is not a member of the newsroom. Choose from the list.";
                return [];
            }
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
        if (ids.Count == 0)
        {
            errors[field] = "Choose at least one reporter.";
            return [];
        }
        if (ids.Count > Assignment.MaxReporters)
        {
            errors[field] = $"An assignment can go to at most {Assignment.MaxReporters} reporters.";
            return [];
        }
        var known = await db.Users.Where(u => ids.Contains(u.Id) && (!u.IsDisabled || kept.Contains(u.Id)))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        if (known.Count != ids.Count)
        {
            errors[field] = "One of the chosen reporters is not an active member of the newsroom. Choose from the list.";
            return [];
        }
        return ids;
    }

    /// <summary>A local time of the site's time zone, as UTC; a time the clocks skip is refused, not moved.</summary>
    private DateTimeOffset? LocalTime(string? text, string field, string what, bool required, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[field] = $"A {what} is required.";
            }
            return null;
        }
        var zone = site.Current.TimeZone;
        if (!DateTime.TryParseExact(text.Trim(), LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            errors[field] = $"Give the {what} as a date and time, for example 2026-12-07 17:30 ({zone.Id} time).";
            return null;
        }
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            errors[field] = $"{local:yyyy-MM-dd HH:mm} does not exist in {zone.Id}: the clocks go forward then. Choose another time.";
            return null;
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone));
    }
}
