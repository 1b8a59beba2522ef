using System.Diagnostics;
using System.Globalization;
using Byline.Content;
using Byline.Media;

namespace Byline.Transfer.WordPress;

/// <summary>
/// How a running import marks its rows in <see cref="ImportedItem"/> (see <see cref="WordPressImportStaging"/>), and
/// how anyone tells a run that is still going from one whose process is gone.
/// </summary>
internal static class StagedImportRun
{
    public const string SourcePrefix = "importing:";
    public const string CreatedPrefix = "staged-";
    public const string RunKind = "staged-run";
    public const string SectionKind = "staged-section";
    public const string TagKind = "staged-tag";
    public const string PersonKind = "staged-person";
    public const string MediaKind = "staged-media";

    /// <summary>A run writes at least every few seconds; one silent this long has stopped, wherever it ran.</summary>
    private static readonly TimeSpan SilentTooLong = TimeSpan.FromMinutes(10);

    /// <summary>The rows that only mark the run: removed when it completes, the others become the site's.</summary>
    public static IReadOnlyList<string> OwnKinds { get; } = [RunKind, SectionKind, TagKind, PersonKind, MediaKind];

    public static string SourceOf(Guid runId, string siteSource) =>
        WordPressImportRun.Shorten(string.Create(CultureInfo.InvariantCulture, $"{SourcePrefix}{runId:N} {siteSource}"), ImportedItem.SourceMaxLength);

    /// <summary>The site a staged source belongs to ("wordpress:https://…").</summary>
    public static string SiteOf(string source) =>
        source.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? source[(space + 1)..] : source;

    /// <summary>The row that names the run's process ("machine:pid") and, as its time, when the run last wrote.</summary>
    public static ImportedItem Row(string source, DateTimeOffset now) => new()
    {
        Source = source,
        Kind = RunKind,
        ExternalId = WordPressImportRun.Shorten(string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}"), ImportedItem.ExternalIdMaxLength),
        LocalId = Environment.ProcessId,
        ImportedAt = now,
    };

    public static string CreatedKind(object entity) => entity switch
    {
        Section => SectionKind,
        Tag => TagKind,
        Person => PersonKind,
        MediaItem => MediaKind,
        _ => throw new ArgumentException($"An import does not stage {entity.GetType().Name} rows of its own.", nameof(entity)),
    };

    /// <summary>
    /// False once the run's process is known to be gone: it ran on this machine and that process no longer exists (or
    /// is this one, which is not running it), or it has not written for <see cref="SilentTooLong"/>.
    /// </summary>
    public static bool IsRunning(ImportedItem run, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (now - run.ImportedAt > SilentTooLong)
        {
            return false;
        }
        var machine = run.ExternalId[..Math.Max(0, run.ExternalId.LastIndexOf(':'))];
        if (machine != Environment.MachineName)
        {
            return true;
        }
        if (run.LocalId == Environment.ProcessId)
        {
            return RunIdOf(run.Source) is { } id && ActiveImportRuns.Contains(id);
        }
        try
        {
            using var process = Process.GetProcessById(run.LocalId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static Guid? RunIdOf(string source) =>
        source.Length >= SourcePrefix.Length + 32 && Guid.TryParseExact(source.AsSpan(SourcePrefix.Length, 32), "N", out var id) ? id : null;
}
