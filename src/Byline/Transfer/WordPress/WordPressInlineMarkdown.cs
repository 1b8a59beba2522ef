using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Byline.Transfer.WordPress;

/// <summary>
/// The text inside a post's blocks as Markdown: emphasis, code, line breaks, links, images and embeds (kept as links),
/// with old addresses replaced by the ones they have here. Made for one post.
/// </summary>
internal sealed partial class WordPressInlineMarkdown(IReadOnlyDictionary<string, string> localAddresses, ICollection<string> notes)
{
    public IEnumerable<string> Embedded(IElement element)
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

    public string Image(IElement image)
    {
        var source = image.GetAttribute("src") ?? "";
        var alt = Escape(Whitespace().Replace(image.GetAttribute("alt") ?? "", " ").Trim());
        return $"![{alt}]({Destination(source)})";
    }

    public string InlineText(IElement element)
    {
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            Inline(child, text);
        }
        return TrimLines(text.ToString());
    }

    public void Inline(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText textNode:
                text.Append(Escape(Whitespace().Replace(textNode.Data, " ")));
                return;
            case IElement element:
                InlineElement(element, text);
                return;
            default:
                return;
        }
    }

    private void InlineElement(IElement element, StringBuilder text)
    {
        switch (element.LocalName)
        {
            case "strong" or "b":
                Wrap(element, text, "**");
                return;
            case "em" or "i" or "cite":
                Wrap(element, text, "*");
                return;
            case "del" or "s" or "strike":
                Wrap(element, text, "~~");
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
                var label = InlineText(element);
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
                foreach (var link in Embedded(element))
                {
                    text.Append(link);
                }
                return;
            default:
                foreach (var child in element.ChildNodes)
                {
                    Inline(child, text);
                }
                return;
        }
    }

    /// <summary>Emphasis markers hug the words: "** bold **" is not bold in Markdown, so the spaces go outside.</summary>
    private void Wrap(IElement element, StringBuilder text, string marker)
    {
        var inner = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            Inline(child, inner);
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

    public string Destination(string url)
    {
        var trimmed = url.Trim();
        trimmed = localAddresses.GetValueOrDefault(trimmed, trimmed);
        return trimmed.Any(c => c is ' ' or '(' or ')' or '<' or '>') ? "<" + trimmed.Replace(">", "%3E", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal) + ">" : trimmed;
    }

    private static string Escape(string text) => MarkdownSpecial().Replace(text, @"\$0");

    private static string TrimLines(string text) => string.Join("\n", text.Split('\n').Select(line => line.Trim())).Trim();

    [GeneratedRegex(@"\s+")]
    internal static partial Regex Whitespace();

    [GeneratedRegex(@"[\\`*_\[\]<>]")]
    private static partial Regex MarkdownSpecial();
}
