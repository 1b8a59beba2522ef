namespace Byline.Transfer;

/// <summary>One kind after a restore: how many records the manifest promised and how many the database now holds.</summary>
public sealed record RestoredKind(string Name, long Expected, long Restored)
{
    public bool Matches => Expected == Restored;
}
