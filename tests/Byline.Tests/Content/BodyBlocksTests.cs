using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Byline.Content;

namespace Byline.Tests.Content;

/// <summary>What the renderer makes of an image or a link alone in a paragraph, given the library's images.</summary>
public sealed class BodyBlocksTests
{
    private const string Key = "a1b2c3d4e5f6a7b8c9d0";
    private static readonly BodyImages Library = new(
        new Dictionary<string, BodyImage>
        {
            [Key] = new($"/media/{Key}-960.jpg", $"/media/{Key}-320.jpg 320w, /media/{Key}-960.jpg 960w",
                $"/media/{Key}-320.webp 320w, /media/{Key}-960.webp 960w", 960, 640, "Photo <b>&</b> words"),
        },
        ["https://news.example.org"]);

    private readonly ArticleRenderer _renderer = new();

    private IDocument Render(string markdown) =>
        new HtmlParser().ParseDocument($"<!doctype html><html><body>{_renderer.Render(markdown, Library).Html}</body></html>");

    [Theory]
    [InlineData($"/media/{Key}-320.jpg")]
    [InlineData($"/media/{Key}-960.webp")]
    [InlineData($"https://news.example.org/media/{Key}-320.jpg")]
    public void A_library_image_alone_in_a_paragraph_is_a_figure_with_a_picture(string address)
    {
        var page = Render($"![A “quoted” alt]({address} \"The caption\")");

        var figure = Assert.Single(page.QuerySelectorAll("body > figure.story__figure"));
        Assert.Equal($"/media/{Key}-320.webp 320w, /media/{Key}-960.webp 960w", figure.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        var img = figure.QuerySelector("picture > img")!;
        Assert.Equal(($"/media/{Key}-960.jpg", "960", "640", "lazy", "async"),
            (img.GetAttribute("src"), img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Equal("A “quoted” alt", img.GetAttribute("alt"));
        Assert.Equal("The caption Photo <b>&</b> words", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("b, p"));
    }

    [Theory]
    [InlineData($"![A](https://elsewhere.example/media/{Key}-320.jpg)")]
    [InlineData("![A](/media/ffffffffffffffffffff-320.jpg)")]
    [InlineData($"Text ![A](/media/{Key}-320.jpg)")]
    [InlineData($"> ![A](/media/{Key}-320.jpg)")]
    public void Any_other_image_stays_a_plain_image(string markdown)
    {
        var page = Render(markdown);

        Assert.Empty(page.QuerySelectorAll("figure, picture, [srcset]"));
        Assert.Single(page.QuerySelectorAll("img"));
    }

    [Fact]
    public void Markdigs_figure_syntax_still_makes_a_figure_around_its_paragraphs()
    {
        var page = Render($"^^^\n![A](/media/{Key}-320.jpg)\n^^^ The caption");

        var figure = Assert.Single(page.QuerySelectorAll("figure"));
        Assert.Equal("The caption", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Null(figure.QuerySelector("picture"));
    }

    [Fact]
    public void A_figure_and_an_embed_replace_their_paragraphs_whole()
    {
        var html = _renderer.Render($"Before.\n\n![A](/media/{Key}-320.jpg)\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAfter.", Library).Html;

        Assert.DoesNotContain("<p><figure", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</figure></p>", html, StringComparison.Ordinal);
        Assert.StartsWith("<p>Before.</p>\n<figure class=\"story__figure\">", html, StringComparison.Ordinal);
        Assert.Contains("</figure>\n<figure class=\"embed ", html, StringComparison.Ordinal);
        Assert.EndsWith("</figure>\n<p>After.</p>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markers_a_writer_types_are_never_replaced()
    {
        var page = Render("byline-block-00000000000000000000000000000000-0\n\nhttps://youtu.be/dQw4w9WgXcQ");

        Assert.Equal("byline-block-00000000000000000000000000000000-0", page.QuerySelector("p")!.TextContent);
        Assert.Single(page.QuerySelectorAll("figure.embed"));
    }

    [Fact]
    public void Raw_html_cannot_forge_a_facade_or_a_frame()
    {
        var page = Render("<figure class=\"embed\" data-embed-src=\"https://evil.example/\"><button>Load</button></figure>\n\n<iframe src=\"https://evil.example\"></iframe>");

        // The sanitizer keeps a plain <figure> and <button>, but nothing the reader script acts on.
        Assert.Empty(page.QuerySelectorAll("[data-embed-src], iframe"));
    }

    [Fact]
    public void An_embed_title_is_text_only_and_the_word_count_still_counts_the_link_text()
    {
        var body = _renderer.Render("[<script>x</script> & “more”](https://youtu.be/dQw4w9WgXcQ)", Library);
        var figure = new HtmlParser().ParseDocument(body.Html).QuerySelector("figure.embed")!;

        Assert.Equal("x & “more”", figure.QuerySelector(".embed__title a")!.TextContent);
        Assert.Equal("x & “more”", figure.GetAttribute("data-embed-title"));
        Assert.Empty(figure.QuerySelectorAll("script"));
        Assert.True(body.WordCount >= 2);
    }
}
