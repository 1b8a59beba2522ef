using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Byline.Transfer.WordPress;

/// <summary>
/// The block kinds of a post's HTML as Markdown (headings, paragraphs, lists, quotes, code, rules, figures, embeds,
/// tables); the text inside them goes through <see cref="WordPressInlineMarkdown"/>. Made for one post.
/// </summary>
internal sealed partial class WordPressBlockMarkdown(WordPressInlineMarkdown inline, ICollection<string> notes)
{
    public List<string> Blocks(INodeList nodes)
    {
        var blocks = new List<string>();
        var text = new StringBuilder();
        void FlushInline()
        {
            var paragraph = text.ToString().Trim();
            if (paragraph.Length > 0)
            {
                blocks.Add(EscapeLineStart(paragraph));
            }
            text.Clear();
        }

        foreach (var node in nodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                FlushInline();
                blocks.AddRange(Block(element));
            }
            else
            {
                inline.Inline(node, text);
            }
        }
        FlushInline();
        return blocks;
    }

    private static bool IsBlock(IElement element) => WordPressAutoParagraphs.IsBlockTag(element.LocalName) || element.LocalName is "img" or "embed" or "object" or "dt" or "dd";

    private IEnumerable<string> Block(IElement element)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var level = Math.Max(2, element.LocalName[1] - '0');
                var heading = inline.InlineText(element);
                return heading.Length == 0 ? [] : [new string('#', level) + " " + heading];
            case "p" or "dt" or "dd" or "address":
                var text = inline.InlineText(element);
                return text.Length == 0 ? [] : [EscapeLineStart(text)];
            case "ul" or "ol":
                return [List(element)];
            case "blockquote":
                var quoted = string.Join("\n\n", Blocks(element.ChildNodes));
                return quoted.Length == 0 ? [] : [string.Join("\n", quoted.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line))];
            case "pre":
                var code = element.TextContent.TrimEnd('\n');
                var fence = code.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                return [fence + "\n" + code + "\n" + fence];
            case "hr":
                return ["* * *"];
            case "figure":
                return [Figure(element)];
            case "img":
                return [inline.Image(element)];
            case "iframe" or "video" or "audio" or "embed" or "object":
                return inline.Embedded(element);
            case "table":
                return [Table(element)];
            case "script" or "style" or "form":
                notes.Add($"<{element.LocalName}> removed");
                return [];
            case "li":
                return [List(element)];
            default:
                return Blocks(element.ChildNodes);
        }
    }

    private string Figure(IElement figure)
    {
        var image = figure.QuerySelector("img");
        var caption = figure.QuerySelector("figcaption") is { } figcaption ? inline.InlineText(figcaption) : "";
        if (image is null)
        {
            return string.Join("\n\n", Blocks(figure.ChildNodes));
        }
        var link = image.ParentElement is { LocalName: "a" } anchor ? anchor.GetAttribute("href") : null;
        var picture = link is null ? inline.Image(image) : $"[{inline.Image(image)}]({inline.Destination(link)})";
        return caption.Length == 0 ? picture : $"^^^\n{picture}\n^^^ {caption}";
    }

    private string List(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var lines = new StringBuilder();
        var items = list.LocalName == "li" ? [list] : list.Children.Where(c => c.LocalName == "li").ToList();
        foreach (var item in items)
        {
            var marker = ordered ? string.Create(CultureInfo.InvariantCulture, $"{number++}. ") : "- ";
            var content = string.Join("\n", Blocks(item.ChildNodes));
            var indent = new string(' ', marker.Length);
            var first = true;
            foreach (var line in content.Split('\n'))
            {
                lines.Append(first ? marker : line.Length == 0 ? "" : indent).Append(line).Append('\n');
                first = false;
            }
        }
        return lines.ToString().TrimEnd('\n');
    }

    private string Table(IElement table)
    {
        var rows = table.QuerySelectorAll("tr")
            .Select(row => row.Children.Where(c => c.LocalName is "td" or "th").Select(cell => inline.InlineText(cell).Replace("|", "\\|", StringComparison.Ordinal)).ToList())
            .Where(cells => cells.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return "";
        }
        var width = rows.Max(r => r.Count);
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Concat(Enumerable.Repeat("", width - rows[r].Count));
            text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (r == 0)
            {
                text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
            }
        }
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A paragraph that starts like a heading, quote, list item or rule would become one.</summary>
    private static string EscapeLineStart(string text) =>
        NumberedStart().IsMatch(text) ? NumberedStart().Replace(text, "$1\\$2", 1)
        : BlockStart().IsMatch(text) ? "\\" + text
        : text;

    [GeneratedRegex(@"^(\d+)([.)])(?= |$)")]
    private static partial Regex NumberedStart();

    [GeneratedRegex(@"^(?:#|>|[-+*] |=+\s*$|-+\s*$)")]
    private static partial Regex BlockStart();
}
