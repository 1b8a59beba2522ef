using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Byline.Comments;

/// <summary>
/// A comment is plain text: every character is encoded; blank lines make paragraphs, single newlines line breaks, and
/// web addresses become links that search engines do not follow. Nothing a reader types can become markup.
/// </summary>
public static partial class CommentText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// What is stored: trimmed, one kind of line ending, without control characters other than tab and new line (no
    /// keyboard types them, and HTML may not carry them), and without the bidirectional overrides and isolates that
    /// could make the words appear in another order than typed (or spill over the rest of the page).
    /// </summary>
    public static string Normalize(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return BidiControl().Replace(WithoutControlCharacters(body.ReplaceLineEndings("\n")), "").Trim();
    }

    /// <summary>The text without its control characters (C0, DEL and C1), except tab and new line.</summary>
    public static string WithoutControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(IsUnwantedControl) ? string.Concat(text.Where(c => !IsUnwantedControl(c))) : text;
    }

    private static bool IsUnwantedControl(char c) => char.IsControl(c) && c is not ('\t' or '\n');

    public static string ToHtml(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var html = new StringBuilder(body.Length + 32);
        var paragraphs = BlankLine().Split(Normalize(body))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0);
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>");
            var first = true;
            foreach (var line in paragraph.Split('\n'))
            {
                if (!first)
                {
                    html.Append("<br>");
                }
                first = false;
                AppendWithLinks(html, line.Trim());
            }
            html.Append("</p>");
        }
        return html.ToString();
    }

    private static void AppendWithLinks(StringBuilder html, string line)
    {
        var position = 0;
        foreach (Match match in WebAddress().Matches(line))
        {
            var address = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'', '"');
            html.Append(Encoder.Encode(line[position..match.Index]));
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                html.Append("<a href=\"").Append(Encoder.Encode(uri.AbsoluteUri)).Append("\" rel=\"nofollow ugc noopener\">")
                    .Append(Encoder.Encode(address)).Append("</a>");
            }
            else
            {
                html.Append(Encoder.Encode(address));
            }
            position = match.Index + address.Length;
        }
        html.Append(Encoder.Encode(line[position..]));
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    /// <summary>LRE, RLE, PDF, LRO, RLO (U+202A–202E) and LRI, RLI, FSI, PDI (U+2066–2069).</summary>
    [GeneratedRegex("[\u202A-\u202E\u2066-\u2069]")]
    private static partial Regex BidiControl();
}
