using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Search;

/// <summary>
/// A request's filters as the engines use them: ids instead of slugs, and the date range as UTC instants (from the
/// start of the first day to the start of the day after the last, in the site's time zone). A slug that names nothing
/// makes the scope empty.
/// </summary>
public sealed record SearchScope(int? SectionId, int? AuthorId, int? TagId, DateTimeOffset? Since, DateTimeOffset? Before, bool MatchesNothing)
{
    public static async Task<SearchScope> ResolveAsync(BylineDb db, SearchRequest request, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        int? section = request.Section is { } s ? await db.Sections.Where(x => x.Slug == s).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken) ?? -1 : null;
        int? author = request.Author is { } a ? await db.People.Where(x => x.Slug == a).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken) ?? -1 : null;
        int? tag = request.Tag is { } t ? await db.Tags.Where(x => x.Slug == t).Select(x => (int?)x.Id).FirstOrDefaultAsync(cancellationToken) ?? -1 : null;
        var since = request.From is { } from ? StartOf(from, zone) : (DateTimeOffset?)null;
        var before = request.To is { } to ? StartOf(to.AddDays(1), zone) : (DateTimeOffset?)null;
        return new SearchScope(section, author, tag, since, before, section == -1 || author == -1 || tag == -1 || since >= before);
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A day that starts inside a daylight-saving gap starts at the end of the gap.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
