namespace Byline.Search;

/// <summary>How far a rebuild of the index has come: <see cref="Done"/> of <see cref="Total"/> published stories.</summary>
public readonly record struct SearchReindexProgress(int Done, int Total);
