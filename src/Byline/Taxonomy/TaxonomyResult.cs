namespace Byline.Taxonomy;

/// <summary>What came of a change to a section or tag: done (with a line for the flash message), refused with reasons per field, or not found.</summary>
public sealed class TaxonomyResult
{
    /// <summary>The key of a reason that concerns the whole change rather than one field.</summary>
    public const string General = "";

    private TaxonomyResult(bool found, int? id, string message, IReadOnlyDictionary<string, string> errors)
    {
        Found = found;
        Id = id;
        Message = message;
        Errors = errors;
    }

    public bool Found { get; }
    public int? Id { get; }
    public string Message { get; }
    public IReadOnlyDictionary<string, string> Errors { get; }
    public bool Succeeded => Found && Errors.Count == 0;

    public static TaxonomyResult Done(int id, string message) => new(true, id, message, new Dictionary<string, string>());

    public static TaxonomyResult Invalid(IReadOnlyDictionary<string, string> errors) => new(true, null, "", errors);

    public static TaxonomyResult Refused(string reason) => new(true, null, "", new Dictionary<string, string> { [General] = reason });

    public static TaxonomyResult NotFound() => new(false, null, "", new Dictionary<string, string>());
}
