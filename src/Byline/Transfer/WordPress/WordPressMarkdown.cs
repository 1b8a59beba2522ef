using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Turns the HTML of a WordPress post into the Markdown Byline stores: paragraphs (including WordPress's own blank-line
/// paragraphs), headings, lists, links, images and figures, quotes, code, tables; embeds become links; Gutenberg's block
/// comments disappear. What has no Markdown form (a form, a script, an unknown shortcode) is dropped and named in the
/// notes, so the import report can say which stories to look at.
/// </summary>
internal sealed partial class WordPressMarkdown
{
    private readonly HtmlParser _parser = new();

    /// <param name="localAddresses">Old addresses (images of the old site) and the addresses that replace them here.</param>
    public string Convert(string html, ICollection<string> notes, IReadOnlyDictionary<string, string>? localAddresses = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(notes);
        var inline = new WordPressInlineMarkdown(localAddresses ?? new Dictionary<string, string>(), notes);
        var expanded = WordPressAutoParagraphs.Apply(WordPressShortcodes.Expand(html, notes));
        var document = _parser.ParseDocument("<!DOCTYPE html><html><body>" + expanded + "</body></html>");
        var blocks = new WordPressBlockMarkdown(inline, notes).Blocks(document.Body!.ChildNodes);
        return string.Join("\n\n", blocks.Where(b => b.Length > 0)).Trim() + "\n";
    }

    /// <summary>Plain text of a title or excerpt that may hold HTML (a headline with &lt;em&gt;, an entity).</summary>
    public string Text(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }
        var document = _parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return WordPressInlineMarkdown.Whitespace().Replace(document.Body!.TextContent, " ").Trim();
    }

    /// <summary>
    /// A comment's words as plain text (Byline's comments are plain text): its line breaks and paragraphs kept, tags
    /// dropped, entities decoded.
    /// </summary>
    public string PlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }
        var document = _parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var text = new StringBuilder(html.Length);
        AppendPlain(document.Body!, text);
        return ExtraBlankLines().Replace(text.ToString(), "\n\n").Trim();
    }

    private static void AppendPlain(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "p" or "div" or "blockquote" or "li" } block:
                    AppendPlain(block, text);
                    text.Append("\n\n");
                    break;
                case IElement element:
                    AppendPlain(element, text);
                    break;
                default:
                    break;
            }
        }
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
