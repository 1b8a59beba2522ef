namespace Byline.Tests.Publishing;

/// <summary>A cell of a role table.</summary>
public enum Verdict
{
    Yes,
    No,

    /// <summary>The workflow has no such move from this status, so it is refused whoever asks.</summary>
    Never,
}
