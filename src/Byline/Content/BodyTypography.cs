using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Byline.Content;

/// <summary>
/// The last typographic pass over a sanitized story body (<see cref="ArticleRenderer"/> runs it on the sanitizer's
/// DOM). Markdig's SmartyPants curls the quotes it can pair and leaves the others straight (a quote that runs over
/// several paragraphs, an apostrophe beside a link); <see cref="Typography"/> sets those by their place, so no straight
/// quote stands beside a curly one. Code, preformatted text and keyboard input keep what the writer typed.
/// A quotation's source, written as the last line of a blockquote starting with a dash (<c>&gt; — Name, role</c> or
/// <c>&gt; -- Name</c>), becomes the caption of a figure around the quotation: HTML wants an attribution outside the
/// blockquote, and the theme sets it apart from the quoted words.
/// </summary>
public static class BodyTypography
{
    private static readonly HashSet<string> Verbatim = new(["CODE", "PRE", "KBD", "SAMP", "SCRIPT", "STYLE"], StringComparer.Ordinal);

    private static readonly HashSet<string> Blocks = new(
        ["P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "FIGURE", "FIGCAPTION", "TD", "TH", "TR", "TABLE", "UL", "OL", "DL", "DT", "DD", "DIV", "HR"],
        StringComparer.Ordinal);

    private static readonly char[] Dashes = ['—', '–', '―', '-'];

    public static void Apply(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Body is not { } body)
        {
            return;
        }
        var preceding = '\0';
        SetQuotes(body, ref preceding);
        foreach (var quote in body.QuerySelectorAll("blockquote").ToList())
        {
            SetSourceApart(document, quote);
        }
    }

    private static void SetQuotes(INode node, ref char preceding)
    {
        foreach (var child in node.ChildNodes.ToList())
        {
            switch (child)
            {
                case IText text:
                    text.Data = Typography.Smart(text.Data, preceding);
                    if (text.Data.Length > 0)
                    {
                        preceding = text.Data[^1];
                    }
                    break;
                case IElement element when Verbatim.Contains(element.TagName):
                    // A quote right after `code` closes, as it would after a word.
                    preceding = 'x';
                    break;
                case IElement element when element.TagName == "BR":
                    preceding = '\n';
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.TagName);
                    if (block)
                    {
                        preceding = '\0';
                    }
                    SetQuotes(element, ref preceding);
                    if (block)
                    {
                        preceding = '\0';
                    }
                    break;
            }
        }
    }

    private static void SetSourceApart(IHtmlDocument document, IElement quote)
    {
        if (quote.Children.Length < 2 || quote.LastElementChild is not { TagName: "P" } source
            || source.FirstChild is not IText first || first.Data.TrimStart().IndexOfAny(Dashes) != 0)
        {
            return;
        }
        first.Data = "— " + first.Data.TrimStart().TrimStart(Dashes).TrimStart();

        var figure = document.CreateElement("figure");
        figure.ClassList.Add("quote");
        var caption = document.CreateElement("figcaption");
        quote.Parent!.ReplaceChild(figure, quote);
        figure.AppendChild(quote);
        figure.AppendChild(caption);
        source.Remove();
        foreach (var child in source.ChildNodes.ToList())
        {
            caption.AppendChild(child);
        }
    }
}
