using System.ComponentModel.DataAnnotations;

namespace Byline.Transfer.WordPress;

/// <summary>Bound from <c>Byline:Import</c>: the newsroom's import page.</summary>
public sealed class WordPressUploadOptions
{
    public const string SectionName = "Byline:Import";

    /// <summary>The largest export file the newsroom's import page accepts (the command line has no limit).</summary>
    [Range(1, 100_000)]
    public int MaxUploadMegabytes { get; set; } = 512;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024;
}
