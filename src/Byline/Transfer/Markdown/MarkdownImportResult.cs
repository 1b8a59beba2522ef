namespace Byline.Transfer.Markdown;

/// <summary>What an import did: stories added, stories skipped because a story with their slug was already there, images added.</summary>
public sealed record MarkdownImportResult(int Imported, int Skipped, int Images);
