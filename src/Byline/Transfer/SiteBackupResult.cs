namespace Byline.Transfer;

/// <summary>A finished backup: where the archive is, what its manifest says, and its size in bytes.</summary>
public sealed record SiteBackupResult(string Path, SiteArchiveManifest Manifest, long Bytes);
