namespace Byline.Media;

/// <summary>What an upload, an edit or a delete in the media library came to.</summary>
public sealed record MediaResult(MediaOutcome Outcome, MediaItem? Item, IReadOnlyDictionary<string, string> Errors, MediaUsage? Usage)
{
    public bool Succeeded => Outcome is MediaOutcome.Saved or MediaOutcome.Deleted;

    public static MediaResult Saved(MediaItem item) => new(MediaOutcome.Saved, item, Empty, null);

    public static MediaResult Deleted(MediaItem item, MediaUsage clearedFrom) => new(MediaOutcome.Deleted, item, Empty, clearedFrom);

    public static MediaResult NotFound() => new(MediaOutcome.NotFound, null, Empty, null);

    public static MediaResult Forbidden() => new(MediaOutcome.Forbidden, null, Empty, null);

    public static MediaResult Refused(MediaOutcome outcome, IReadOnlyDictionary<string, string> errors) => new(outcome, null, errors, null);

    public static MediaResult InUse(MediaItem item, MediaUsage usage) => new(MediaOutcome.InUse, item, Empty, usage);

    public static MediaResult Conflict(MediaItem item, string message) =>
        new(MediaOutcome.Conflict, item, new Dictionary<string, string> { [""] = message }, null);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
