namespace Byline.Cli.Dev;

/// <summary>How far a generation has come: <see cref="Done"/> of <see cref="Total"/> stories written and indexed.</summary>
public readonly record struct SyntheticProgress(int Done, int Total);
