namespace Byline.Transfer.Markdown;

/// <summary>How far an export or import has come: <see cref="Done"/> of <see cref="Total"/> story files.</summary>
public readonly record struct MarkdownProgress(int Done, int Total);
