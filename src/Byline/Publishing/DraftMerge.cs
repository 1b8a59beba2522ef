using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// A member's form merged with a version saved after they opened it, against the text they opened (the common revision):
/// each field on its own, the body line by line. <see cref="Merged"/> carries the stored version, so saving it is a
/// plain save; at a conflict it holds the member's value (the other side is in <see cref="Theirs"/>).
/// </summary>
public sealed record DraftMerge(
    ArticleDraft Merged,
    TextMerge Body,
    IReadOnlyList<string> ConflictingFields,
    Article Theirs,
    string? TheirsSavedBy,
    DateTimeOffset? TheirsSavedAt)
{
    /// <summary>True when nothing collided: the merged form keeps both sides' changes.</summary>
    public bool IsClean => Body.IsClean && ConflictingFields.Count == 0;
}
