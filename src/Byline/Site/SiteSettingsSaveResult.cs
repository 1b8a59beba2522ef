using Byline.Content;
namespace Byline.Site;

/// <summary>What came of saving the site settings: saved, refused with reasons per field, or based on an older version.</summary>
public sealed class SiteSettingsSaveResult
{
    private SiteSettingsSaveResult(string message, IReadOnlyDictionary<string, string> errors, SiteSettings? newer)
    {
        Message = message;
        Errors = errors;
        Newer = newer;
    }

    public string Message { get; }
    public IReadOnlyDictionary<string, string> Errors { get; }

    /// <summary>With a conflict: the settings someone else saved in the meantime.</summary>
    public SiteSettings? Newer { get; }

    public bool Succeeded => Errors.Count == 0 && Newer is null;

    public static SiteSettingsSaveResult Saved(string message) => new(message, new Dictionary<string, string>(), null);

    public static SiteSettingsSaveResult Invalid(IReadOnlyDictionary<string, string> errors) => new("", errors, null);

    public static SiteSettingsSaveResult Conflict(SiteSettings newer) => new("", new Dictionary<string, string>(), newer);
}
