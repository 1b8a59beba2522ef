using System.Text;
using System.Text.RegularExpressions;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Byline.Comments;

/// <summary>A comment is plain text: every character is encoded; blank lines make paragraphs, single newlines line breaks.</summary>
public static partial class CommentText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string ToHtml(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var html = new StringBuilder(body.Length + 32);
        var paragraphs = BlankLine().Split(body.ReplaceLineEndings("\n"))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0);
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>");
            html.AppendJoin("<br>", paragraph.Split('\n').Select(line => Encoder.Encode(line.Trim())));
            html.Append("</p>");
        }
        return html.ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
