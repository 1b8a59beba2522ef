using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Byline.Content;

namespace Byline.Tests.Content;

public sealed class ArticleRendererTests
{
    private readonly ArticleRenderer _renderer = new();

    private RenderedBody Render(string markdown) => _renderer.Render(markdown, BodyImages.None);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!doctype html><html><body>{html}</body></html>");

    [Fact]
    public void A_second_level_heading_gets_a_GitHub_style_id_anchor()
    {
        var page = Parse(Render("Intro.\n\n## Getting Started\n\nText.").Html);

        var heading = Assert.Single(page.QuerySelectorAll("h2"));
        Assert.Equal("getting-started", heading.Id);
        Assert.Equal("Getting Started", heading.TextContent);
    }

    [Theory]
    [InlineData("## What's new in 2026?", "whats-new-in-2026")]
    [InlineData("## The Council: a Year Later", "the-council-a-year-later")]
    [InlineData("### Q&A with the editor", "qa-with-the-editor")]
    public void Heading_ids_are_lowercase_with_punctuation_dropped_and_spaces_as_hyphens(string markdown, string expectedId)
    {
        var page = Parse(Render(markdown).Html);

        var heading = page.QuerySelector("h2, h3");
        Assert.NotNull(heading);
        Assert.Equal(expectedId, heading.Id);
    }

    [Fact]
    public void A_title_heading_in_the_body_is_demoted_because_the_page_has_one_h1()
    {
        var page = Parse(Render("# A Title In The Body\n\nText.").Html);

        Assert.Empty(page.QuerySelectorAll("h1"));
        var heading = Assert.Single(page.QuerySelectorAll("h2"));
        Assert.Equal("A Title In The Body", heading.TextContent);
        Assert.Equal("a-title-in-the-body", heading.Id);
    }

    [Fact]
    public void Deeper_headings_keep_their_level()
    {
        var page = Parse(Render("### Third\n\n#### Fourth\n\n###### Sixth").Html);

        Assert.Equal("Third", page.QuerySelector("h3")?.TextContent);
        Assert.Equal("Fourth", page.QuerySelector("h4")?.TextContent);
        Assert.Equal("Sixth", page.QuerySelector("h6")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("h1, h2"));
    }

    [Fact]
    public void Script_elements_are_removed()
    {
        var html = Render("Before.\n\n<script>alert('owned')</script>\n\nAfter <script src=\"https://evil.example/x.js\"></script> it.").Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Parse(html).QuerySelectorAll("script"));
        Assert.Contains("Before.", html, StringComparison.Ordinal);
        Assert.Contains("After", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_handler_attributes_are_removed()
    {
        var html = Render("<img src=\"https://example.org/a.png\" onerror=\"alert(1)\" alt=\"A\">\n\n<p onclick=\"alert(2)\" onmouseover=\"alert(3)\">Hi</p>").Html;

        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onmouseover", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click me</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">click me</a>")]
    [InlineData("[click me](vbscript:msgbox(1))")]
    [InlineData("[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Script_links_lose_their_address(string markdown)
    {
        var page = Parse(Render(markdown).Html);

        foreach (var element in page.QuerySelectorAll("[href], [src]"))
        {
            var target = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
            Assert.DoesNotMatch("^(?i)\\s*(javascript|vbscript|data):", target);
        }
        Assert.DoesNotContain("javascript:", page.Body!.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click me", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_and_mail_links_are_kept()
    {
        var page = Parse(Render("[our site](https://example.org/about) or [write to us](mailto:desk@example.org)").Html);

        var hrefs = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://example.org/about", "mailto:desk@example.org"], hrefs);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        const string markdown = """
            | Ward | Turnout |
            |------|--------:|
            | North | 41% |
            | South | 38% |
            """;

        var page = Parse(Render(markdown).Html);

        var table = page.QuerySelector("table");
        Assert.NotNull(table);
        Assert.Equal(["Ward", "Turnout"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["North", "41%"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["South", "38%"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void Word_count_excludes_markdown_syntax_and_link_addresses()
    {
        const string markdown = """
            ## Heading

            **Bold** and *italic* with [a link](https://example.org/some-long/path?query=words)

            - one
            - two

            > quoted

            ---
            """;

        // Heading, Bold, and, italic, with, a, link, one, two, quoted.
        Assert.Equal(10, Render(markdown).WordCount);
    }

    [Fact]
    public void Word_count_of_a_table_counts_its_cells_not_its_pipes()
    {
        const string markdown = """
            | Ward | Turnout |
            |------|---------|
            | North | high |
            """;

        Assert.Equal(4, Render(markdown).WordCount);
    }

    [Theory]
    [InlineData("Don't stop, it's fine.", 4)]
    [InlineData("Don’t stop, it’s fine.", 4)]
    [InlineData("We’re sure it's the reader’s choice.", 6)]
    public void Contractions_count_as_one_word_with_straight_or_curly_apostrophes(string markdown, int expected)
    {
        Assert.Equal(expected, Render(markdown).WordCount);
    }

    [Theory]
    [InlineData("\"Don't stop,\" she said, 'now'.", 5)]
    [InlineData("Wait -- and --- then...", 3)]
    [InlineData("<<Bonjour>>, she wrote.", 3)]
    [InlineData("Fish & chips", 2)]
    [InlineData("Q&A with R&D", 5)]
    [InlineData("If 1 < 2 then", 4)]
    public void Quotes_dashes_ellipses_and_ampersands_are_not_counted_as_words(string markdown, int expected)
    {
        // Smart quotes and escaping must not leak entity names such as "ldquo", "mdash", "hellip" or "amp" into the count.
        Assert.Equal(expected, Render(markdown).WordCount);
    }

    [Fact]
    public void A_generated_body_of_1000_words_reads_in_5_minutes()
    {
        var paragraphs = Enumerable.Range(0, 10)
            .Select(p => string.Join(' ', Enumerable.Range(0, 100).Select(w => $"word{(p * 100) + w}")));
        var markdown = string.Join("\n\n", paragraphs);

        var body = Render(markdown);

        Assert.Equal(1000, body.WordCount);
        Assert.Equal(5, body.ReadingMinutes);
        Assert.Equal(10, Parse(body.Html).QuerySelectorAll("p").Length);
    }

    [Fact]
    public void An_empty_body_has_no_words_and_still_reads_in_one_minute()
    {
        var body = Render("");

        Assert.Equal(0, body.WordCount);
        Assert.Equal(1, body.ReadingMinutes);
        Assert.Equal("", body.Html.Trim());
    }

    [Fact]
    public void Null_markdown_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Render(null!));
    }
}
