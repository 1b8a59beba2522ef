using System.Net;
using System.Text.RegularExpressions;
using Markdig;

namespace Byline.Publishing;

/// <summary>
/// A body's top-level blocks (paragraphs, subheadings, quotes, lists) as plain text, numbered from 0 as they stand: what
/// a note can be anchored to. The number says where the block was; its text finds it again when paragraphs move.
/// </summary>
public static partial class BodyParagraphs
{
    // The block-level extensions the article renderer uses, so a body splits here into the blocks readers see.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFigures()
        .Build();

    /// <summary>Every top-level block's plain text, whitespace collapsed ("" for a rule or an empty block).</summary>
    public static IReadOnlyList<string> Of(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return [];
        }
        var document = Markdown.Parse(markdown, Pipeline);
        return document.Select(block => Plain(markdown.Substring(block.Span.Start, block.Span.Length))).ToList();
    }

    /// <summary>The start of a block's text, as a note keeps it.</summary>
    public static string Start(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= length ? text : text[..length];
    }

    /// <summary>Where the block a note kept the start of stands now: the one at its old number if it still starts so, else the first that does.</summary>
    public static int? Find(IReadOnlyList<string> paragraphs, int index, string start)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (string.IsNullOrEmpty(start))
        {
            return null;
        }
        if (index >= 0 && index < paragraphs.Count && paragraphs[index].StartsWith(start, StringComparison.Ordinal))
        {
            return index;
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].StartsWith(start, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>A short quote of a block's text for labels ("The council voted…").</summary>
    public static string Quote(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= length)
        {
            return text;
        }
        var cut = text[..length];
        var space = cut.LastIndexOf(' ');
        return (space > length / 2 ? cut[..space] : cut).TrimEnd(' ', ',', '.', ';', ':') + "…";
    }

    private static string Plain(string source)
    {
        var text = WebUtility.HtmlDecode(Markdown.ToPlainText(source, Pipeline));
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
