using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Byline.Publishing;

/// <summary>
/// The <c>@handle</c> a note uses to mention a member: their display name in lower case with accents, spaces and
/// punctuation left out ("Ana Ruiz" → <c>@anaruiz</c>, "José Núñez" → <c>@josenunez</c>), which anyone in the newsroom can
/// type from the name they know. Names are not unique, handles must be: of the members whose names give the same handle,
/// the earliest account keeps it and each later one adds its account number (<c>@anaruiz14</c>), so a handle never
/// changes when someone new joins.
/// </summary>
public static partial class MentionHandles
{
    /// <summary>The handle of every member given (id, display name), unique among them.</summary>
    public static IReadOnlyDictionary<int, string> Of(IEnumerable<(int Id, string DisplayName)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var handles = new Dictionary<int, string>();
        foreach (var group in members.GroupBy(m => Base(m.DisplayName, m.Id)))
        {
            var first = true;
            foreach (var member in group.OrderBy(m => m.Id))
            {
                handles[member.Id] = first ? group.Key : group.Key + member.Id.ToString(CultureInfo.InvariantCulture);
                first = false;
            }
        }
        return handles;
    }

    /// <summary>The handles a text mentions, lower case, without the @; an email address (ana@example.org) mentions no one.</summary>
    public static IReadOnlySet<string> In(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new HashSet<string>();
        }
        return Mention().Matches(text).Select(m => Fold(m.Groups[1].Value)).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    private static string Base(string displayName, int id)
    {
        var folded = Fold(displayName);
        // A name of only punctuation still needs a handle.
        return folded.Length > 0 ? folded : "member" + id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Lower case, letters and digits only, accents dropped.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Not after a letter, digit or dot, so addresses like ana@example.org are not mentions.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.@])@([\p{L}\p{N}\p{Mn}]+)")]
    private static partial Regex Mention();
}
