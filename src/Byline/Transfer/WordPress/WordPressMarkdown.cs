using System.Globalization;
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
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "figure", "table", "hr", "section",
        "article", "aside", "header", "footer", "dl", "iframe", "video", "audio", "form", "script", "style", "address", "details",
    };

    private readonly HtmlParser _parser = new();
    private IReadOnlyDictionary<string, string> _localAddresses = new Dictionary<string, string>();

    /// <param name="localAddresses">Old addresses (images of the old site) and the addresses that replace them here.</param>
    public string Convert(string html, ICollection<string> notes, IReadOnlyDictionary<string, string>? localAddresses = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(notes);
        _localAddresses = localAddresses ?? new Dictionary<string, string>();
        var expanded = AutoParagraphs(WordPressShortcodes.Expand(html, notes));
        var document = _parser.ParseDocument("<!DOCTYPE html><html><body>" + expanded + "</body></html>");
        var blocks = Blocks(document.Body!.ChildNodes, notes);
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
        return Whitespace().Replace(document.Body!.TextContent, " ").Trim();
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

    /// <summary>WordPress stores classic posts without &lt;p&gt;: a blank line separates paragraphs, a newline breaks a line.</summary>
    private static string AutoParagraphs(string html)
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

    private List<string> Blocks(INodeList nodes, ICollection<string> notes)
    {
        var blocks = new List<string>();
        var inline = new StringBuilder();
        void FlushInline()
        {
            var text = inline.ToString().Trim();
            if (text.Length > 0)
            {
                blocks.Add(EscapeLineStart(text));
            }
            inline.Clear();
        }

        foreach (var node in nodes)
        {
            if (node is IElement element && IsBlock(element))
            {
                FlushInline();
                blocks.AddRange(Block(element, notes));
            }
            else
            {
                Inline(node, inline, notes);
            }
        }
        FlushInline();
        return blocks;
    }

    private static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName) || element.LocalName is "img" or "embed" or "object" or "dt" or "dd";

    private IEnumerable<string> Block(IElement element, ICollection<string> notes)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var level = Math.Max(2, element.LocalName[1] - '0');
                var heading = InlineText(element, notes);
                return heading.Length == 0 ? [] : [new string('#', level) + " " + heading];
            case "p" or "dt" or "dd" or "address":
                var text = InlineText(element, notes);
                return text.Length == 0 ? [] : [EscapeLineStart(text)];
            case "ul" or "ol":
                return [List(element, notes)];
            case "blockquote":
                var quoted = string.Join("\n\n", Blocks(element.ChildNodes, notes));
                return quoted.Length == 0 ? [] : [string.Join("\n", quoted.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line))];
            case "pre":
                var code = element.TextContent.TrimEnd('\n');
                var fence = code.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                return [fence + "\n" + code + "\n" + fence];
            case "hr":
                return ["* * *"];
            case "figure":
                return [Figure(element, notes)];
            case "img":
                return [Image(element)];
            case "iframe" or "video" or "audio" or "embed" or "object":
                return Embedded(element, notes);
            case "table":
                return [Table(element, notes)];
            case "script" or "style" or "form":
                notes.Add($"<{element.LocalName}> removed");
                return [];
            case "li":
                return [List(element, notes)];
            default:
                return Blocks(element.ChildNodes, notes);
        }
    }

    private IEnumerable<string> Embedded(IElement element, ICollection<string> notes)
    {
        var source = element.GetAttribute("src") ?? element.GetAttribute("data")
            ?? element.QuerySelector("source[src]")?.GetAttribute("src");
        if (string.IsNullOrWhiteSpace(source))
        {
            notes.Add($"<{element.LocalName}> without an address removed");
            return [];
        }
        notes.Add($"<{element.LocalName}> kept as a link");
        return [$"[{Escape(source)}]({Destination(source)})"];
    }

    private string Figure(IElement figure, ICollection<string> notes)
    {
        var image = figure.QuerySelector("img");
        var caption = figure.QuerySelector("figcaption") is { } figcaption ? InlineText(figcaption, notes) : "";
        if (image is null)
        {
            return string.Join("\n\n", Blocks(figure.ChildNodes, notes));
        }
        var link = image.ParentElement is { LocalName: "a" } anchor ? anchor.GetAttribute("href") : null;
        var picture = link is null ? Image(image) : $"[{Image(image)}]({Destination(link)})";
        return caption.Length == 0 ? picture : $"^^^\n{picture}\n^^^ {caption}";
    }

    private string Image(IElement image)
    {
        var source = image.GetAttribute("src") ?? "";
        var alt = Escape(Whitespace().Replace(image.GetAttribute("alt") ?? "", " ").Trim());
        return $"![{alt}]({Destination(source)})";
    }

    private string List(IElement list, ICollection<string> notes)
    {
        var ordered = list.LocalName == "ol";
        var number = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var lines = new StringBuilder();
        var items = list.LocalName == "li" ? [list] : list.Children.Where(c => c.LocalName == "li").ToList();
        foreach (var item in items)
        {
            var marker = ordered ? string.Create(CultureInfo.InvariantCulture, $"{number++}. ") : "- ";
            var content = string.Join("\n", Blocks(item.ChildNodes, notes));
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

    private string Table(IElement table, ICollection<string> notes)
    {
        var rows = table.QuerySelectorAll("tr")
            .Select(row => row.Children.Where(c => c.LocalName is "td" or "th").Select(cell => InlineText(cell, notes).Replace("|", "\\|", StringComparison.Ordinal)).ToList())
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

    private string InlineText(IElement element, ICollection<string> notes)
    {
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            Inline(child, text, notes);
        }
        return TrimLines(text.ToString());
    }

    private void Inline(INode node, StringBuilder text, ICollection<string> notes)
    {
        switch (node)
        {
            case IText textNode:
                text.Append(Escape(Whitespace().Replace(textNode.Data, " ")));
                return;
            case IElement element:
                InlineElement(element, text, notes);
                return;
            default:
                return;
        }
    }

    private void InlineElement(IElement element, StringBuilder text, ICollection<string> notes)
    {
        switch (element.LocalName)
        {
            case "strong" or "b":
                Wrap(element, text, "**", notes);
                return;
            case "em" or "i" or "cite":
                Wrap(element, text, "*", notes);
                return;
            case "del" or "s" or "strike":
                Wrap(element, text, "~~", notes);
                return;
            case "code" or "kbd" or "samp":
                var code = element.TextContent;
                var tick = code.Contains('`', StringComparison.Ordinal) ? "``" : "`";
                text.Append(tick).Append(code.Contains('`', StringComparison.Ordinal) ? " " + code + " " : code).Append(tick);
                return;
            case "br":
                text.Append("\\\n");
                return;
            case "img":
                text.Append(Image(element));
                return;
            case "a":
                var href = element.GetAttribute("href");
                var label = InlineText(element, notes);
                if (string.IsNullOrWhiteSpace(href) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append(label);
                }
                else
                {
                    text.Append('[').Append(label.Length == 0 ? Escape(href) : label).Append("](").Append(Destination(href)).Append(')');
                }
                return;
            case "script" or "style":
                notes.Add($"<{element.LocalName}> removed");
                return;
            case "iframe" or "video" or "audio" or "embed" or "object":
                foreach (var link in Embedded(element, notes))
                {
                    text.Append(link);
                }
                return;
            default:
                foreach (var child in element.ChildNodes)
                {
                    Inline(child, text, notes);
                }
                return;
        }
    }

    /// <summary>Emphasis markers hug the words: "** bold **" is not bold in Markdown, so the spaces go outside.</summary>
    private void Wrap(IElement element, StringBuilder text, string marker, ICollection<string> notes)
    {
        var inner = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            Inline(child, inner, notes);
        }
        var content = inner.ToString();
        var trimmed = content.Trim();
        if (trimmed.Length == 0)
        {
            text.Append(content);
            return;
        }
        if (content.StartsWith(' '))
        {
            text.Append(' ');
        }
        text.Append(marker).Append(trimmed).Append(marker);
        if (content.EndsWith(' '))
        {
            text.Append(' ');
        }
    }

    private string Destination(string url)
    {
        var trimmed = url.Trim();
        trimmed = _localAddresses.GetValueOrDefault(trimmed, trimmed);
        return trimmed.Any(c => c is ' ' or '(' or ')' or '<' or '>') ? "<" + trimmed.Replace(">", "%3E", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal) + ">" : trimmed;
    }

    private static string Escape(string text) => MarkdownSpecial().Replace(text, @"\$0");

    /// <summary>A paragraph that starts like a heading, quote, list item or rule would become one.</summary>
    private static string EscapeLineStart(string text) =>
        NumberedStart().IsMatch(text) ? NumberedStart().Replace(text, "$1\\$2", 1)
        : BlockStart().IsMatch(text) ? "\\" + text
        : text;

    private static string TrimLines(string text) => string.Join("\n", text.Split('\n').Select(line => line.Trim())).Trim();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"^https?://[^\s<>""]+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^<([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\\`*_\[\]<>]")]
    private static partial Regex MarkdownSpecial();

    [GeneratedRegex(@"^(\d+)([.)])(?= |$)")]
    private static partial Regex NumberedStart();

    [GeneratedRegex(@"^(?:#|>|[-+*] |=+\s*$|-+\s*$)")]
    private static partial Regex BlockStart();
}
