namespace Byline.Transfer.WordPress;

/// <summary>What became of the items of one kind: imported now, already there from an earlier run, or not imported (with a reason in the report).</summary>
public sealed class WordPressImportCount
{
    public int Imported { get; set; }
    public int AlreadyThere { get; set; }
    public int NotImported { get; set; }
}
