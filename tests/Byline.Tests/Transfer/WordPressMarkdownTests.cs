using Byline.Transfer.WordPress;

namespace Byline.Tests.Transfer;

public sealed class WordPressMarkdownTests
{
    private readonly WordPressMarkdown _markdown = new();
    private readonly List<string> _notes = [];

    private string Convert(string html) => _markdown.Convert(html, _notes).TrimEnd('\n');

    [Fact]
    public void Blank_lines_make_paragraphs_and_single_newlines_line_breaks_as_in_wordpress()
    {
        Assert.Equal("First line\\\nsecond line\n\nNext paragraph", Convert("First line\nsecond line\n\nNext paragraph"));
    }

    [Fact]
    public void Gutenberg_block_comments_disappear()
    {
        Assert.Equal("## Tides\n\nHigh water at noon.",
            Convert("<!-- wp:heading --><h2>Tides</h2><!-- /wp:heading -->\n\n<!-- wp:paragraph --><p>High water at noon.</p><!-- /wp:paragraph -->"));
    }

    [Fact]
    public void Headings_start_at_level_two_because_the_headline_is_the_only_h1()
    {
        Assert.Equal("## Top\n\n### Sub", Convert("<h1>Top</h1><h3>Sub</h3>"));
    }

    [Fact]
    public void Nested_lists_are_indented_under_their_item()
    {
        Assert.Equal("1. Boats\n   - Ferries\n   - Trawlers\n2. Quays",
            Convert("<ol><li>Boats<ul><li>Ferries</li><li>Trawlers</li></ul></li><li>Quays</li></ol>"));
    }

    [Fact]
    public void Links_emphasis_images_and_quotes_keep_their_meaning()
    {
        Assert.Equal("See [the **new** map](https://map.example/a_b) and ![A gull](https://img.example/gull.jpg)\n\n> Quoted *words*",
            Convert("<p>See <a href=\"https://map.example/a_b\">the <b>new</b> map</a> and <img src=\"https://img.example/gull.jpg\" alt=\"A gull\"></p><blockquote><p>Quoted <em>words</em></p></blockquote>"));
    }

    [Fact]
    public void A_caption_shortcode_becomes_a_figure_with_its_caption()
    {
        Assert.Equal("^^^\n![Boats](https://img.example/boats.jpg)\n^^^ Boats at *dawn*.",
            Convert("[caption id=\"attachment_4\" width=\"300\"]<img src=\"https://img.example/boats.jpg\" alt=\"Boats\"> Boats at <em>dawn</em>.[/caption]"));
    }

    [Fact]
    public void Embeds_and_iframes_are_kept_as_links()
    {
        var markdown = Convert("[embed]https://video.example/v/1[/embed]\n\nhttps://video.example/v/2\n\n<iframe src=\"https://maps.example/embed\"></iframe>");

        Assert.Equal("[https://video.example/v/1](https://video.example/v/1)\n\n[https://video.example/v/2](https://video.example/v/2)\n\n[https://maps.example/embed](https://maps.example/embed)", markdown);
        Assert.Contains("<iframe> kept as a link", _notes);
    }

    [Fact]
    public void Unknown_shortcodes_are_removed_and_named_while_bracketed_words_stay()
    {
        var markdown = Convert("Before [gallery ids=\"1,2\"] after, \"temporary [sic]\" and [contact-form-7 id=\"9\"].");

        Assert.Equal("Before after, \"temporary \\[sic\\]\" and .", markdown);
        Assert.Equal(["shortcode [gallery] removed: Byline has no equivalent", "shortcode [contact-form-7] removed: Byline has no equivalent"], _notes);
    }

    [Fact]
    public void Text_that_looks_like_markdown_is_escaped()
    {
        Assert.Equal("2026\\. A year of *tides*\n\n\\# not a heading, a\\_b \\*c\\*", Convert("<p>2026. A year of <i>tides</i></p><p># not a heading, a_b *c*</p>"));
    }

    [Fact]
    public void Scripts_and_forms_are_dropped_and_named()
    {
        Assert.Equal("Kept", Convert("<p>Kept</p><script>alert(1)</script><form><input name=q></form>"));
        Assert.Equal(["<script> removed", "<form> removed"], _notes);
    }

    [Fact]
    public void Titles_lose_their_tags_and_entities()
    {
        Assert.Equal("Fish & chips: the best", _markdown.Text("Fish &amp; chips: <em>the</em> best"));
    }

    [Fact]
    public void Comment_text_keeps_its_paragraphs_and_line_breaks()
    {
        Assert.Equal("One\ntwo\n\nThree & four", _markdown.PlainText("<p>One<br>two</p><p>Three &amp; four</p>"));
        Assert.Equal("Plain\n\ntext", _markdown.PlainText("Plain\n\ntext"));
    }
}
