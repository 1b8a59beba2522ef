using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// What a save of a story comes to: the story and its new version; with a conflict, the version stored now, the story
/// as stored (<see cref="Stored"/>) and who saved it, as its latest revision says.
/// </summary>
public sealed record StoryVersion(int ArticleId, int Version, Article? Stored = null, string? SavedBy = null)
{
    /// <summary>
    /// When the save met a newer version: the three-way merge of the member's form with it. Done: the merge was clean
    /// and is what was saved. Conflict: what could be merged, and the conflicts (null when no common text was found).
    /// </summary>
    public DraftMerge? Merge { get; init; }
}
