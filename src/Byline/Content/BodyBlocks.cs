using System.Net;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Byline.Content;

/// <summary>
/// The two paragraphs a body's Markdown turns into more than a paragraph: one media library image alone (a figure
/// exactly like the featured image's) and one link to a known provider alone (an embed facade that loads nothing from
/// the provider until the reader asks). The HTML is written here, encoded, never from the writer's markup.
/// </summary>
internal static class BodyBlocks
{
    /// <summary>The HTML for <paramref name="paragraph"/>, or null when it is an ordinary paragraph.</summary>
    public static string? For(ParagraphBlock paragraph, BodyImages images, MarkdownPipeline pipeline)
    {
        if (Only(paragraph) is not { } inline)
        {
            return null;
        }
        return inline switch
        {
            LinkInline { IsImage: true } image when images.At(image.Url) is { } found =>
                Figure(found, TextOf(image, pipeline), image.Title ?? ""),
            LinkInline { IsImage: false, Url: { } url } link when EmbedRules.Match(url) is { FrameUrl: not null } embed =>
                Facade(embed, link.IsAutoLink ? embed.DefaultTitle : TextOf(link, pipeline)),
            AutolinkInline { IsEmail: false } auto when EmbedRules.Match(auto.Url) is { FrameUrl: not null } embed =>
                Facade(embed, embed.DefaultTitle),
            _ => null,
        };
    }

    private static Inline? Only(ParagraphBlock paragraph)
    {
        Inline? only = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                continue;
            }
            if (only is not null)
            {
                return null;
            }
            only = inline;
        }
        return only;
    }

    private static string Figure(BodyImage image, string alt, string caption)
    {
        var figure = $"""<figure class="story__figure"><picture><source type="image/webp" srcset="{E(image.WebpSrcSet)}" sizes="{BodyImage.Sizes}"><img src="{E(image.Src)}" srcset="{E(image.JpegSrcSet)}" sizes="{BodyImage.Sizes}" width="{image.Width}" height="{image.Height}" alt="{E(alt)}" loading="lazy" decoding="async"></picture>""";
        var caption2 = caption.Trim();
        if (caption2.Length == 0 && image.Credit.Length == 0)
        {
            return figure + "</figure>";
        }
        var credit = image.Credit.Length > 0 ? $"""<span class="story__credit">{E(image.Credit)}</span>""" : "";
        return $"{figure}<figcaption>{E(caption2)}{(caption2.Length > 0 && credit.Length > 0 ? " " : "")}{credit}</figcaption></figure>";
    }

    private static string Facade(Embed embed, string title)
    {
        title = title.Trim().Length > 0 ? title.Trim() : embed.DefaultTitle;
        var sandbox = embed.Sandbox is null ? "" : $" data-embed-sandbox=\"{E(embed.Sandbox)}\"";
        var allow = embed.Allow.Length == 0 ? "" : $" data-embed-allow=\"{E(embed.Allow)}\"";
        return $"""<figure class="embed embed--{embed.Slug} embed--{embed.Shape.ToString().ToLowerInvariant()}" data-embed-src="{E(embed.FrameUrl!)}" data-embed-provider="{E(embed.Provider)}" data-embed-title="{E(title)}"{sandbox}{allow} data-embed-referrer="{embed.Referrer}"><div class="embed__card"><p class="embed__provider">{E(embed.Provider)}</p><p class="embed__title"><a href="{E(embed.Url)}" rel="noopener">{E(title)}</a></p><p class="embed__consent" hidden><button type="button" class="embed__load">Load {E(embed.Noun)} from {E(embed.Provider)}</button> <span class="embed__note">Loading it shares data with {E(embed.Provider)}, such as your address and that you read this page.</span></p></div></figure>""";
    }

    /// <summary>The plain text of a link's or image's label, as the reader would read it (SmartyPants' quotes and all).</summary>
    private static string TextOf(ContainerInline container, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false };
        pipeline.Setup(renderer);
        renderer.WriteChildren(container);
        writer.Flush();
        return WebUtility.HtmlDecode(writer.ToString());
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
