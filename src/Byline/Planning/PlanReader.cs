using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Planning;

/// <summary>
/// The plan's reads, for the plan page, the desk and the story editor: a day's lines by section, a reporter's open
/// assignments, one assignment, and the assignment a story came from. Days are the site's local days.
/// </summary>
public sealed class PlanReader(BylineDb db, SiteIdentity site, TimeProvider clock)
{
    /// <summary>The site's local date now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), site.Current.TimeZone).DateTime);

    /// <summary>The lines filed under <paramref name="day"/> (by planned publication time, or deadline without one), by section.</summary>
    public async Task<IReadOnlyList<PlanSection>> DayAsync(DateOnly day, PlanFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (from, to) = Bounds(day);
        var lines = Filtered(filter).Where(a =>
            (a.PlannedAt != null && a.PlannedAt >= from && a.PlannedAt < to) || (a.PlannedAt == null && a.Deadline >= from && a.Deadline < to));
        var rows = await ReadAsync(lines, cancellationToken);
        return rows
            .GroupBy(r => (r.Item.SectionId, r.Item.SectionName, r.SectionPosition))
            .OrderBy(g => g.Key.SectionPosition).ThenBy(g => g.Key.SectionName, StringComparer.CurrentCulture)
            .Select(g => new PlanSection(g.Key.SectionId, g.Key.SectionName, [.. g.Select(r => r.Item).OrderBy(i => i.PlanTime).ThenBy(i => i.Id)]))
            .ToList();
    }

    /// <summary>A member's assignments still to do (neither published nor cancelled), nearest deadline first.</summary>
    public async Task<IReadOnlyList<PlanItem>> OpenForAsync(int userId, int limit, CancellationToken cancellationToken)
    {
        var lines = db.Assignments.AsNoTracking()
            .Where(a => a.CancelledAt == null && a.Reporters.Any(r => r.UserId == userId)
                && (a.Article == null || a.Article.Status != ArticleStatus.Published))
            .OrderBy(a => a.Deadline).ThenBy(a => a.Id)
            .Take(limit);
        return [.. (await ReadAsync(lines, cancellationToken)).Select(r => r.Item).OrderBy(i => i.Deadline).ThenBy(i => i.Id)];
    }

    public async Task<AssignmentDetail?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(db.Assignments.AsNoTracking().Where(a => a.Id == id), cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }
        var item = found[0];
        var more = await db.Assignments.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Brief,
                a.CreatedAt,
                a.Version,
                CreatedBy = db.Users.Where(u => u.Id == a.CreatedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        return new AssignmentDetail(item.Item, more.Brief, more.CreatedBy, more.CreatedAt, more.Version);
    }

    /// <summary>The assignment <paramref name="articleId"/> was started from, if it was.</summary>
    public Task<StoryOrigin?> OriginOfAsync(int articleId, CancellationToken cancellationToken) =>
        db.Assignments.AsNoTracking().Where(a => a.ArticleId == articleId).OrderBy(a => a.Id)
            .Select(a => new StoryOrigin(a.Id, a.WorkingHeadline, a.Deadline))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The members one can assign (active ones) and those in <paramref name="alsoUserIds"/>, by name.</summary>
    public async Task<IReadOnlyList<PlanPerson>> MembersAsync(IReadOnlyCollection<int> alsoUserIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => !u.IsDisabled || alsoUserIds.Contains(u.Id))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new PlanPerson(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);

    /// <summary>Every section, in navigation order, read now (a section made a moment ago can be chosen at once).</summary>
    public async Task<IReadOnlyList<SectionLink>> SectionsAsync(CancellationToken cancellationToken) =>
        await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SectionLink(s.Id, s.Name, s.Slug))
            .ToListAsync(cancellationToken);

    /// <summary>Where the site's local day begins and the next one begins, in UTC.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Bounds(DateOnly day) => (Start(day), Start(day.AddDays(1)));

    private DateTimeOffset Start(DateOnly day)
    {
        var zone = site.Current.TimeZone;
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where the clocks go forward at midnight, the day begins at the first time that exists.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, zone));
    }

    private IQueryable<Assignment> Filtered(PlanFilter filter)
    {
        var lines = db.Assignments.AsNoTracking();
        if (!filter.Cancelled)
        {
            lines = lines.Where(a => a.CancelledAt == null);
        }
        if (filter.PersonId is { } person)
        {
            lines = lines.Where(a => a.Reporters.Any(r => r.UserId == person));
        }
        if (filter.SectionId is { } section)
        {
            lines = lines.Where(a => a.SectionId == section);
        }
        return lines;
    }

    private async Task<List<(PlanItem Item, int SectionPosition)>> ReadAsync(IQueryable<Assignment> lines, CancellationToken cancellationToken)
    {
        var rows = await lines
            .Select(a => new
            {
                a.Id,
                a.WorkingHeadline,
                a.SectionId,
                SectionName = a.Section == null ? null : a.Section.Name,
                SectionPosition = a.Section == null ? int.MaxValue : a.Section.Position,
                Reporters = a.Reporters.OrderBy(r => r.UserId).Select(r => new PlanPerson(r.UserId, r.User!.DisplayName)).ToList(),
                a.Deadline,
                a.PlannedAt,
                a.ArticleId,
                StoryStatus = a.Article == null ? (ArticleStatus?)null : a.Article.Status,
                a.CancelledAt,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(r => (new PlanItem(
                r.Id, r.WorkingHeadline, r.SectionId, r.SectionName ?? "No section", r.Reporters, r.Deadline, r.PlannedAt, r.ArticleId, r.StoryStatus, r.CancelledAt,
                AssignmentStates.Of(r.CancelledAt, r.StoryStatus, r.Deadline, r.PlannedAt, now)),
            r.SectionPosition))
            .ToList();
    }
}
