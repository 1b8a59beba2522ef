using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Byline.Content;

namespace Byline.Tests.Content;

/// <summary>The typography of a rendered story body: SmartyPants, then the pass that leaves no straight quote.</summary>
public sealed class BodyTypographyTests
{
    private readonly ArticleRenderer _renderer = new();

    private IDocument Render(string markdown) =>
        new HtmlParser().ParseDocument($"<!doctype html><html><body>{_renderer.Render(markdown, BodyImages.None).Html}</body></html>");

    [Fact]
    public void Quotes_and_apostrophes_in_a_paragraph_are_curly()
    {
        var text = Render("\"The tram is the thing people in Marsh End have asked for,\" he said. It's the council's 'best' option.").Body!.TextContent;

        Assert.Equal("“The tram is the thing people in Marsh End have asked for,” he said. It’s the council’s ‘best’ option.", text.Trim());
    }

    [Fact]
    public void Dashes_and_ellipses_become_en_and_em_dashes_and_an_ellipsis()
    {
        var text = Render("Open 9--5, every day --- even Sunday... mostly.").Body!.TextContent;

        Assert.Equal("Open 9–5, every day — even Sunday… mostly.", text.Trim());
    }

    [Fact]
    public void A_quote_that_runs_over_two_paragraphs_leaves_no_straight_mark()
    {
        var html = Render("\"The first paragraph of a long quotation.\n\n\"The second, which ends it,\" she said.").Body!.InnerHtml;

        Assert.DoesNotContain("\"", Text(html), StringComparison.Ordinal);
        Assert.Contains("“The first paragraph", html, StringComparison.Ordinal);
        Assert.Contains("“The second, which ends it,” she said.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_around_emphasis_or_a_link_curl_as_one_run_of_text()
    {
        var page = Render("She called it \"*a disgrace*\" and \"[the worst plan](https://example.org/plan)\" she had seen.");

        Assert.Equal("She called it “a disgrace” and “the worst plan” she had seen.", page.Body!.TextContent.Trim());
    }

    [Fact]
    public void Code_spans_and_code_blocks_keep_their_straight_quotes_and_dashes()
    {
        var page = Render("Type `git commit -m \"fix: don't\" --amend` here...\n\n```\necho 'a' -- \"b\"...\n```");

        Assert.Equal("git commit -m \"fix: don't\" --amend", page.QuerySelector("p code")!.TextContent);
        Assert.Equal("echo 'a' -- \"b\"...\n", page.QuerySelector("pre code")!.TextContent);
        Assert.EndsWith("here…", page.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_line_starting_with_a_dash_becomes_the_quotations_caption_outside_the_blockquote()
    {
        var page = Render("> \"I want the tram, I really do.\"\n>\n> -- Kofi Arden-Lowe, owner of the *Cut Café*");

        var figure = Assert.Single(page.QuerySelectorAll("figure.quote"));
        var quote = Assert.Single(figure.QuerySelectorAll("blockquote"));
        Assert.Equal("“I want the tram, I really do.”", quote.TextContent.Trim());
        var caption = Assert.Single(figure.QuerySelectorAll("figcaption"));
        Assert.Equal("— Kofi Arden-Lowe, owner of the Cut Café", caption.TextContent);
        Assert.NotNull(caption.QuerySelector("em"));
        Assert.Same(figure, caption.ParentElement);
    }

    [Theory]
    [InlineData("> A quotation alone.")]
    [InlineData("> — A one-line quotation that starts with a dash.")]
    [InlineData("> First line.\n>\n> A second paragraph, not a source.")]
    public void A_blockquote_without_a_dashed_last_line_stays_a_plain_blockquote(string markdown)
    {
        var page = Render(markdown);

        Assert.Empty(page.QuerySelectorAll("figure, figcaption"));
        Assert.Single(page.QuerySelectorAll("blockquote"));
    }

    private static string Text(string html) => new HtmlParser().ParseFragment(html, null!).Aggregate("", (all, node) => all + node.TextContent);
}
