using System.ComponentModel.DataAnnotations;

namespace Byline.Search;

/// <summary>Bound from <c>Byline:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Byline:Search";

    /// <summary>Searches (page and API together) one network address may make per minute.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 60;
}
