namespace Byline.Transfer.Markdown;

/// <summary>What an export wrote; <see cref="MissingImages"/> counts library images whose file was already gone from the media folder.</summary>
public sealed record MarkdownExportResult(string Folder, int Stories, int Images, int MissingImages);
