namespace Byline.Transfer.WordPress;

/// <summary>
/// How to import: where the old site's wp-content/uploads folder is (null: image files are not imported), whether only to
/// report, and the export's name for the report and the audit log when the file read is a stored copy (an upload).
/// </summary>
public sealed record WordPressImportOptions(string? UploadsPath, bool DryRun, string? FileName = null);
