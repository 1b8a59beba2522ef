using System.ComponentModel.DataAnnotations;

namespace Byline.Comments;

/// <summary>Bound from <c>Byline:Comments</c>: the spam defences' thresholds.</summary>
public sealed class CommentOptions
{
    public const string SectionName = "Byline:Comments";

    /// <summary>A form posted sooner than this after its reader's token was issued is a robot's.</summary>
    [Range(0, 600)]
    public int MinimumFormSeconds { get; set; } = 3;

    /// <summary>Comments one network address may post per <see cref="WindowMinutes"/>.</summary>
    [Range(1, 100_000)]
    public int PostsPerAddress { get; set; } = 5;

    /// <summary>Comments one email address may post per <see cref="WindowMinutes"/>.</summary>
    [Range(1, 100_000)]
    public int PostsPerEmail { get; set; } = 3;

    [Range(1, 1440)]
    public int WindowMinutes { get; set; } = 10;

    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);
    public TimeSpan MinimumFormAge => TimeSpan.FromSeconds(MinimumFormSeconds);
}
