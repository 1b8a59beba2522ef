namespace Byline.Publishing;

/// <summary>
/// The result of merging two edits of one text. <see cref="Merged"/> holds every change that did not collide, and at each
/// conflict the member's own lines (they are what the member was writing; the other side is shown beside it).
/// </summary>
public sealed record TextMerge(string Merged, IReadOnlyList<MergeConflict> Conflicts)
{
    public bool IsClean => Conflicts.Count == 0;
}
