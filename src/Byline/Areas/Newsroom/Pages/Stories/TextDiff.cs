using System.Text;
using System.Text.Encodings.Web;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Html;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>A side-by-side comparison of two texts, line by line with the changed words marked inside changed lines.</summary>
public static class TextDiff
{
    private static readonly SideBySideDiffBuilder Builder = new(new Differ());

    public static SideBySideDiffModel Compare(string older, string newer) =>
        Builder.BuildDiffModel(older.ReplaceLineEndings("\n"), newer.ReplaceLineEndings("\n"), ignoreWhitespace: false);

    /// <summary>
    /// One pane as HTML: a div per line, removed words in &lt;del&gt;, added ones in &lt;ins&gt;. Built here rather than
    /// in Razor because the lines keep their whitespace (pre-wrap), so no template indentation may leak into them.
    /// </summary>
    public static IHtmlContent Render(DiffPaneModel pane)
    {
        ArgumentNullException.ThrowIfNull(pane);
        var html = new StringBuilder("<div class=\"diff-side\">");
        foreach (var line in pane.Lines)
        {
            html.Append("<div class=\"diff-line diff-line--").Append(line.Type.ToString().ToLowerInvariant()).Append("\">");
            if (line.Type == ChangeType.Modified && line.SubPieces.Count > 0)
            {
                foreach (var piece in line.SubPieces)
                {
                    Append(html, piece.Type, piece.Text);
                }
            }
            else
            {
                Append(html, line.Type, line.Text);
            }
            html.Append("</div>");
        }
        return new HtmlString(html.Append("</div>").ToString());
    }

    private static void Append(StringBuilder html, ChangeType type, string? text)
    {
        var encoded = HtmlEncoder.Default.Encode(text ?? "");
        _ = type switch
        {
            ChangeType.Deleted => html.Append("<del>").Append(encoded).Append("</del>"),
            ChangeType.Inserted => html.Append("<ins>").Append(encoded).Append("</ins>"),
            ChangeType.Imaginary => html,
            _ => html.Append(encoded),
        };
    }
}
