namespace Byline.Transfer;

/// <summary>One kind of record in an archive's manifest: how many there are and the entries that hold them, in order.</summary>
public sealed record ManifestKind(string Name, long Count, IReadOnlyList<string> Files);
