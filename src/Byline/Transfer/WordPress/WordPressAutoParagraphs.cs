using System.Text;
using System.Text.RegularExpressions;

namespace Byline.Transfer.WordPress;

/// <summary>
/// WordPress stores classic posts without &lt;p&gt;: a blank line separates paragraphs, a newline breaks a line. This
/// puts the paragraphs in, as WordPress does when it shows a post.
/// </summary>
internal static partial class WordPressAutoParagraphs
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "figure", "table", "hr", "section",
        "article", "aside", "header", "footer", "dl", "iframe", "video", "audio", "form", "script", "style", "address", "details",
    };

    public static bool IsBlockTag(string name) => BlockTags.Contains(name);

    public static string Apply(string html)
    {
        var chunks = BlankLine().Split(html.ReplaceLineEndings("\n"));
        var result = new StringBuilder(html.Length + 64);
        foreach (var raw in chunks)
        {
            var chunk = raw.Trim();
            if (chunk.Length == 0)
            {
                continue;
            }
            if (BareUrl().IsMatch(chunk))
            {
                // WordPress turns a URL alone on its line into an embed (oEmbed): here it stays a link.
                result.Append("<p><a href=\"").Append(chunk).Append("\">").Append(chunk).Append("</a></p>\n");
            }
            else if (StartsWithBlock(chunk))
            {
                result.Append(chunk).Append('\n');
            }
            else
            {
                result.Append("<p>").Append(chunk.Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
            }
        }
        return result.ToString();
    }

    private static bool StartsWithBlock(string chunk)
    {
        if (chunk.StartsWith("<!--", StringComparison.Ordinal))
        {
            return true;
        }
        var tag = LeadingTag().Match(chunk);
        return tag.Success && BlockTags.Contains(tag.Groups[1].Value);
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^https?://[^\s<>""]+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^<([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex LeadingTag();
}
