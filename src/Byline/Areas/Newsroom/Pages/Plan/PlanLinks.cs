using System.Globalization;
using Byline.Planning;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>The plan's addresses and the reading of its GET filters, shared by the plan page and the desk.</summary>
public static class PlanLinks
{
    /// <summary>The plan of <paramref name="day"/> with <paramref name="filter"/>'s choices in the query.</summary>
    public static string Day(DateOnly day, PlanFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string> { "day=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (filter.PersonId is { } person)
        {
            query.Add("person=" + person.ToString(CultureInfo.InvariantCulture));
        }
        if (filter.SectionId is { } section)
        {
            query.Add("section=" + section.ToString(CultureInfo.InvariantCulture));
        }
        if (filter.Cancelled)
        {
            query.Add("cancelled=true");
        }
        return "/newsroom/plan?" + string.Join("&", query);
    }

    /// <summary>A filter's id as the query gives it: empty is no filter; anything but a number adds <paramref name="refusal"/>.</summary>
    public static int? Id(string? value, string refusal, ICollection<string> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }
        refusals.Add(refusal);
        return null;
    }
}
