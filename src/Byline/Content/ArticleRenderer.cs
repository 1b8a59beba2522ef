using System.Net;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Byline.Content;

/// <summary>
/// Turns a story's Markdown into the sanitized HTML stored with it. Stories reach it through
/// <c>Publishing.StoryBodyRenderer</c>, which looks up the body's library images: the editor, the newsroom preview, the
/// sample seeder and every importer, so what an editor previews is exactly what readers get. A top-level paragraph that
/// holds only a library image becomes a figure, and one that holds only a link to a known provider an embed facade
/// (<see cref="BodyBlocks"/>); both are written by this code after the writer's HTML is sanitized, so the sanitizer's
/// allow-list stays as tight as plain Markdown needs. Typography: Markdig's SmartyPants, then <see cref="BodyTypography"/>.
/// </summary>
public sealed class ArticleRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseFigures()
        .UseSmartyPants()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public RenderedBody Render(string markdown, BodyImages images)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(images);
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The headline is the page's only <h1>; body headings start at <h2>.
            heading.Level = Math.Max(2, heading.Level);
        }

        // Each figure or embed leaves a marker paragraph that the sanitizer keeps as it is; the marker holds a number
        // fresh for this call, so no text a writer types can stand for one.
        var blocks = new List<(string Paragraph, string Html)>();
        var nonce = Guid.NewGuid().ToString("N");
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            if (BodyBlocks.For(paragraph, images, _pipeline) is { } block)
            {
                var marker = $"byline-block-{nonce}-{blocks.Count}";
                paragraph.Inline = new ContainerInline().AppendChild(new LiteralInline(marker));
                blocks.Add(($"<p>{marker}</p>", block));
            }
        }

        var html = _sanitizer.Sanitize(document.ToHtml(_pipeline));
        foreach (var (paragraph, block) in blocks)
        {
            // The whole marker paragraph goes: a figure inside a <p> is not HTML.
            html = html.Replace(paragraph, block, StringComparison.Ordinal);
        }
        // Plain text still carries SmartyPants' entities (&ldquo;): decode them so they are not counted as words.
        var words = WordCounter.Count(WebUtility.HtmlDecode(Markdown.ToPlainText(markdown, _pipeline)));
        return new RenderedBody(html, words);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Add("mailto");
        // After the allow-list has run: quotes SmartyPants left straight, and a quotation's source as its caption.
        sanitizer.PostProcessDom += (_, e) => BodyTypography.Apply(e.Document);
        return sanitizer;
    }
}
