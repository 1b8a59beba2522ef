namespace Byline.Transfer.WordPress;

/// <summary>How to import: where the old site's wp-content/uploads folder is (null: image files are not imported), and whether only to report.</summary>
public sealed record WordPressImportOptions(string? UploadsPath, bool DryRun);
