namespace Byline.Transfer;

/// <summary>
/// <c>manifest.json</c>, the first thing a restore reads: what the archive is, which Byline made it and when, whether
/// it carries sign-in credentials, and how many records of each kind its data entries hold.
/// </summary>
public sealed record SiteArchiveManifest
{
    public required string Format { get; init; }
    public required int FormatVersion { get; init; }
    public required string BylineVersion { get; init; }

    /// <summary>When the export's database snapshot was taken (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The engine the site ran on; a restore may go to either.</summary>
    public required string SourceDatabase { get; init; }

    /// <summary>
    /// True when password hashes, security stamps, authenticator keys, recovery codes and invitation token hashes are in
    /// the archive, so members can sign in to the restored site as before.
    /// </summary>
    public required bool WithCredentials { get; init; }

    /// <summary>A reminder, in the file itself, of what the archive holds and how to treat it.</summary>
    public required string Notice { get; init; }

    public required IReadOnlyList<ManifestKind> Kinds { get; init; }

    /// <summary>Image variant files under <c>media/</c>.</summary>
    public required long MediaFiles { get; init; }

    /// <summary>Variants the media library lists but the media folder did not have at export time (they were already missing).</summary>
    public required long MissingMediaFiles { get; init; }
}
