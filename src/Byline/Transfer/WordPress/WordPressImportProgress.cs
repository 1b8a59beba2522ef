namespace Byline.Transfer.WordPress;

/// <summary>How much of the export file has been read, in kilobytes (a file is read once, front to back).</summary>
public readonly record struct WordPressImportProgress(int KilobytesRead, int KilobytesTotal);
