namespace Byline.Caching.HotPages;

/// <summary>
/// A public response ready to send as it is: its headers, its body, and the body compressed once with Brotli and gzip
/// (when its type compresses), so a hit costs no rendering, no cache-entry decoding and no compression.
/// </summary>
public sealed class HotPage
{
    public required IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; }
    public required string ETag { get; init; }
    public required ReadOnlyMemory<byte> Body { get; init; }
    public ReadOnlyMemory<byte>? Brotli { get; init; }
    public ReadOnlyMemory<byte>? Gzip { get; init; }
    public required IReadOnlySet<string> Tags { get; init; }
    public required DateTimeOffset StoredAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }

    public long Size => Body.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);

    /// <summary>The body in the coding the reader asked for, with the name of that coding (null: the identity).</summary>
    public (ReadOnlyMemory<byte> Bytes, string? Coding) BodyFor(AcceptedCodings accepted) =>
        accepted.Brotli && Brotli is { } br ? (br, "br")
        : accepted.Gzip && Gzip is { } gzip ? (gzip, "gzip")
        : (Body, null);

    /// <summary>Each coding is its own representation, so each gets its own strong ETag.</summary>
    public string ETagFor(string? coding) => coding is null ? ETag : $"{ETag[..^1]}-{coding}\"";
}
