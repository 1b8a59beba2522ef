using Byline.Content;

namespace Byline.Publishing;

/// <summary>The outcome of saving a story: its id and new version, field errors, or the newer version it conflicts with.</summary>
public sealed record SaveResult(MoveOutcome Outcome, int ArticleId, int Version, IReadOnlyDictionary<string, string> Errors, Article? Newer)
{
    public bool Succeeded => Outcome == MoveOutcome.Done;

    public static SaveResult Saved(int articleId, int version) => new(MoveOutcome.Done, articleId, version, new Dictionary<string, string>(), null);

    public static SaveResult Invalid(IReadOnlyDictionary<string, string> errors) => new(MoveOutcome.Invalid, 0, 0, errors, null);

    public static SaveResult Forbidden() => new(MoveOutcome.Forbidden, 0, 0, new Dictionary<string, string>(), null);

    public static SaveResult NotFound() => new(MoveOutcome.NotFound, 0, 0, new Dictionary<string, string>(), null);

    /// <summary>Who saved the newer version, as its latest revision says; set with a conflict.</summary>
    public string? NewerSavedBy { get; init; }

    /// <summary>Someone saved after this editor opened the story: <paramref name="newer"/> is what is stored now.</summary>
    public static SaveResult Conflict(Article newer, string? savedBy) =>
        new(MoveOutcome.Conflict, newer?.Id ?? 0, newer?.Version ?? 0, new Dictionary<string, string>(), newer) { NewerSavedBy = savedBy };
}
