using System.Net;
using System.Text.RegularExpressions;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Turns the shortcodes of WordPress post content into HTML the Markdown converter understands: <c>[caption]</c> into a
/// figure, <c>[embed]</c>, <c>[audio]</c> and <c>[video]</c> into links. Any other shortcode is removed (an enclosing one
/// keeps its inner text) and named in the notes. Bracketed words that are not shortcodes, such as
/// "[sic]", stay as they are.
/// </summary>
internal static partial class WordPressShortcodes
{
    private static readonly HashSet<string> KnownWithoutAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "gallery", "playlist", "audio", "video", "embed", "caption", "wp_caption", "contact-form", "contact-form-7", "gravityform",
    };

    public static string Expand(string content, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(notes);
        if (!content.Contains('[', StringComparison.Ordinal))
        {
            return content;
        }
        content = Caption().Replace(content, match =>
        {
            var attributes = match.Groups["attributes"].Value;
            var inner = match.Groups["inner"].Value.Trim();
            var image = LeadingImage().Match(inner);
            var media = image.Success ? image.Value : "";
            var text = image.Success ? inner[image.Length..].Trim() : inner;
            if (text.Length == 0 && Attribute(attributes, "caption") is { } old)
            {
                text = WebUtility.HtmlEncode(old);
            }
            return $"<figure>{media}<figcaption>{text}</figcaption></figure>";
        });
        content = Embed().Replace(content, match => Link(match.Groups["url"].Value.Trim()));
        return Other().Replace(content, match =>
        {
            var name = match.Groups["name"].Value;
            var attributes = match.Groups["attributes"].Value;
            var closing = match.Groups["closing"].Success;
            var looksLikeShortcode = KnownWithoutAttributes.Contains(name) || attributes.Contains('=', StringComparison.Ordinal)
                || match.Groups["self"].Success || closing || content.Contains("[/" + name + "]", StringComparison.OrdinalIgnoreCase);
            if (!looksLikeShortcode)
            {
                return match.Value;
            }
            if (closing)
            {
                return "";
            }
            if (name.Equals("audio", StringComparison.OrdinalIgnoreCase) || name.Equals("video", StringComparison.OrdinalIgnoreCase))
            {
                var source = Attribute(attributes, "src") ?? Attribute(attributes, "mp3") ?? Attribute(attributes, "mp4") ?? Attribute(attributes, "m4a");
                if (source is not null)
                {
                    return Link(source);
                }
            }
            notes.Add($"shortcode [{name}] removed: Byline has no equivalent");
            return "";
        });
    }

    private static string Link(string url)
    {
        var encoded = WebUtility.HtmlEncode(url);
        return $"<p><a href=\"{encoded}\">{encoded}</a></p>";
    }

    private static string? Attribute(string attributes, string name)
    {
        foreach (Match match in AttributePattern().Matches(attributes))
        {
            if (match.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return match.Groups["value"].Value;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\[(?:wp_)?caption(?<attributes>[^\]]*)\](?<inner>.*?)\[/(?:wp_)?caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(?:<a\b[^>]*>\s*<img\b[^>]*>\s*</a>|<img\b[^>]*>)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingImage();

    [GeneratedRegex(@"\[embed[^\]]*\](?<url>.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Embed();

    [GeneratedRegex(@"\[(?<closing>/)?(?<name>[A-Za-z][\w-]*)(?<attributes>(?:\s[^\]]*?)?)(?<self>/)?\]")]
    private static partial Regex Other();

    [GeneratedRegex(@"(?<name>[\w-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s\]]+))")]
    private static partial Regex AttributePattern();
}
