using System.Globalization;
using System.Reflection;
using Byline.Accounts;
using Microsoft.AspNetCore.Http.Extensions;

namespace Byline.Areas.Newsroom.Pages.Audit;

/// <summary>
/// The audit page's filters as they arrive in the query string (<c>?action=&amp;actor=&amp;from=&amp;to=&amp;page=</c>),
/// checked: each filter that does not make sense says why instead of being ignored.
/// </summary>
public sealed class AuditFilter
{
    public const int PageSize = 50;

    /// <summary>The <c>actor</c> value for entries made by nobody signed in: the scheduler, the command line, unknown accounts.</summary>
    public const string System = "system";

    /// <summary>Every action the application records, from <see cref="AuditActions"/>, so a new constant appears here by itself.</summary>
    public static IReadOnlyList<string> KnownActions { get; } = typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToList();

    public string Action { get; private init; } = "";
    public string Actor { get; private init; } = "";
    public int? ActorId { get; private init; }
    public string From { get; private init; } = "";
    public string To { get; private init; } = "";
    public DateOnly? FromDate { get; private init; }
    public DateOnly? ToDate { get; private init; }
    public int Page { get; private init; } = 1;
    public IReadOnlyDictionary<string, string> Errors { get; private init; } = new Dictionary<string, string>();

    public bool IsValid => Errors.Count == 0;
    public bool IsFiltered => Action.Length > 0 || Actor.Length > 0 || FromDate is not null || ToDate is not null;
    public int Skip => (Page - 1) * PageSize;

    public static AuditFilter Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string>();
        var action = Clip(query["action"]);
        if (action.Length > 0 && !KnownActions.Contains(action, StringComparer.Ordinal))
        {
            errors["action"] = "Choose an action from the list.";
        }

        var actor = Clip(query["actor"]);
        int? actorId = null;
        if (actor.Length > 0 && actor != System)
        {
            if (int.TryParse(actor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                actorId = id;
            }
            else
            {
                errors["actor"] = "Choose a person from the list.";
            }
        }

        var from = Clip(query["from"]);
        var to = Clip(query["to"]);
        var fromDate = ReadDate(from, "from", errors);
        var toDate = ReadDate(to, "to", errors);
        if (fromDate > toDate)
        {
            errors["to"] = "The end date is before the start date.";
        }

        var page = 1;
        var rawPage = Clip(query["page"]);
        if (rawPage.Length > 0 && (!int.TryParse(rawPage, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > 1_000_000))
        {
            errors["page"] = "Pages are numbered with whole numbers from 1.";
            page = 1;
        }

        return new AuditFilter
        {
            Action = action,
            Actor = actor,
            ActorId = actorId,
            From = from,
            To = to,
            FromDate = fromDate,
            ToDate = toDate,
            Page = page,
            Errors = errors,
        };
    }

    /// <summary>The address of another page of the same filtered list.</summary>
    public string PathFor(int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in new[] { ("action", Action), ("actor", Actor), ("from", From), ("to", To) })
        {
            if (value.Length > 0)
            {
                query.Add(key, value);
            }
        }
        if (page > 1)
        {
            query.Add("page", page.ToString(CultureInfo.InvariantCulture));
        }
        return "/newsroom/audit" + query.ToQueryString();
    }

    /// <summary>The first instant of <paramref name="date"/> in the site's time zone, as UTC.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where a clock change skips midnight, the day starts at the first time that exists.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, zone), TimeSpan.Zero);
    }

    private static DateOnly? ReadDate(string raw, string field, Dictionary<string, string> errors)
    {
        if (raw.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[field] = "Enter a date as year-month-day, for example 2026-03-01.";
        return null;
    }

    /// <summary>Query values are echoed back into the form; a bounded length keeps a hostile one from filling the page.</summary>
    private static string Clip(Microsoft.Extensions.Primitives.StringValues value)
    {
        var text = value.ToString().Trim();
        return text.Length > 64 ? text[..64] : text;
    }
}
