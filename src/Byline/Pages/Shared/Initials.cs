using System.Globalization;

namespace Byline.Pages.Shared;

public static class Initials
{
    /// <summary>"Mara Okonkwo" becomes "MO": the avatar drawn for a person or commenter without a picture.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)
            .Select(word => StringInfo.GetNextTextElement(word).ToUpperInvariant()));
        return initials.Length > 0 ? initials : "?";
    }
}
