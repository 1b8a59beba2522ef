namespace Byline.Transfer;

/// <summary>A finished restore: the archive's manifest and, per kind, what the database holds now against what it promised.</summary>
public sealed record SiteRestoreResult(SiteArchiveManifest Manifest, IReadOnlyList<RestoredKind> Kinds)
{
    public bool Matches => Kinds.All(k => k.Matches);
}
