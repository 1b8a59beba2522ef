using System.Text.RegularExpressions;
using Byline.Content;

namespace Byline.Comments;

/// <summary>
/// The site's moderation rules applied to one comment: blocked words send it to spam; held words, too many links or a
/// first comment from an email hold it for a moderator with the reason; otherwise it goes straight up.
/// </summary>
public static partial class CommentScreening
{
    public static ScreeningResult Decide(string name, string? website, string body, CommentRules rules, bool emailHasApprovedComment)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = $"{name}\n{website}\n{body}";
        if (FirstMatch(text, rules.BlockedWords) is { } blocked)
        {
            return new ScreeningResult(CommentStatus.Spam, $"Contains the blocked word “{blocked}”.");
        }
        if (FirstMatch(text, rules.HeldWords) is { } held)
        {
            return new ScreeningResult(CommentStatus.Pending, $"Contains the held word “{held}”.");
        }
        var links = CountLinks(body);
        if (rules.MaxLinks is { } maxLinks && links > maxLinks)
        {
            return new ScreeningResult(CommentStatus.Pending, $"Has {links} {(links == 1 ? "link" : "links")}; more than {maxLinks} {(maxLinks == 1 ? "is" : "are")} held.");
        }
        if (rules.HoldFirstComments && !emailHasApprovedComment)
        {
            return new ScreeningResult(CommentStatus.Pending, "First comment from this email address.");
        }
        return new ScreeningResult(CommentStatus.Approved, null);
    }

    public static int CountLinks(string body) => Link().Count(body ?? "");

    /// <summary>Whole words (or phrases), case- and accent-blind enough for a block list: "Casino" matches "casino!" but not "occasion".</summary>
    private static string? FirstMatch(string text, IReadOnlyList<string> words) =>
        words.FirstOrDefault(word => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
