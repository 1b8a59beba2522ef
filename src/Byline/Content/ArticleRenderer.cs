using System.Net;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Byline.Content;

/// <summary>
/// Turns a story's Markdown into the sanitized HTML stored with it. The newsroom preview, the sample seeder and every
/// importer call this one method, so what an editor previews is exactly what readers get.
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

    public RenderedBody Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The headline is the page's only <h1>; body headings start at <h2>.
            heading.Level = Math.Max(2, heading.Level);
        }

        var html = _sanitizer.Sanitize(document.ToHtml(_pipeline));
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
        return sanitizer;
    }
}
