using System.Net;
using AngleSharp.Html.Parser;
using Byline.Comments;

namespace Byline.Tests.Comments;

public sealed class CommentTextTests
{
    private static readonly string[] AllowedElements = ["p", "br", "a"];
    private static readonly string[] AllowedAttributes = ["href", "rel"];

    /// <summary>The text between the paragraph and line-break tags the method adds.</summary>
    private static string Inner(string html) =>
        html.Replace("<p>", "", StringComparison.Ordinal)
            .Replace("</p>", "", StringComparison.Ordinal)
            .Replace("<br>", "", StringComparison.Ordinal);

    [Fact]
    public void A_script_tag_is_shown_as_text_not_run()
    {
        const string body = "<script>alert('owned')</script>";

        var html = CommentText.ToHtml(body);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</p>", html, StringComparison.Ordinal);
        Assert.Equal(body, WebUtility.HtmlDecode(Inner(html)));
    }

    [Theory]
    [InlineData("Tom & Jerry")]
    [InlineData("She said \"no\"")]
    [InlineData("It's <b>bold</b>")]
    [InlineData("a < b > c && d")]
    [InlineData("\" onmouseover=\"alert(1)")]
    [InlineData("&lt;already encoded&gt;")]
    public void Ampersands_angle_brackets_and_quotes_are_encoded(string body)
    {
        var inner = Inner(CommentText.ToHtml(body));

        Assert.DoesNotContain('<', inner);
        Assert.DoesNotContain('>', inner);
        Assert.DoesNotContain('"', inner);
        Assert.DoesNotContain('\'', inner);
        Assert.Equal(body, WebUtility.HtmlDecode(inner));
    }

    [Fact]
    public void An_ampersand_is_written_as_an_entity()
    {
        var html = CommentText.ToHtml("Tom & Jerry");

        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("& ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_beyond_ASCII_are_kept_as_they_are()
    {
        Assert.Equal("<p>Zoë in Łódź: 東京 — “quoted”</p>", CommentText.ToHtml("Zoë in Łódź: 東京 — “quoted”"));
    }

    [Fact]
    public void Blank_lines_make_paragraphs()
    {
        Assert.Equal("<p>First thought.</p><p>Second thought.</p>", CommentText.ToHtml("First thought.\n\nSecond thought."));
    }

    [Fact]
    public void Single_newlines_become_line_breaks()
    {
        Assert.Equal("<p>Roses are red,<br>violets are blue.</p>", CommentText.ToHtml("Roses are red,\nviolets are blue."));
    }

    [Fact]
    public void Windows_line_endings_are_treated_like_newlines()
    {
        Assert.Equal("<p>One<br>two</p><p>Three</p>", CommentText.ToHtml("One\r\ntwo\r\n\r\nThree"));
    }

    [Fact]
    public void Several_blank_lines_still_make_one_paragraph_break()
    {
        Assert.Equal("<p>One</p><p>Two</p>", CommentText.ToHtml("One\n\n\n\n\nTwo"));
    }

    [Fact]
    public void A_line_holding_only_spaces_is_a_blank_line()
    {
        Assert.Equal("<p>One</p><p>Two</p>", CommentText.ToHtml("One\n   \nTwo"));
    }

    [Fact]
    public void Leading_and_trailing_whitespace_is_dropped()
    {
        Assert.Equal("<p>Hello<br>there</p>", CommentText.ToHtml("\n\n  Hello  \n  there \n\n\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\n")]
    public void An_empty_comment_renders_nothing(string body)
    {
        Assert.Equal("", CommentText.ToHtml(body));
    }

    /// <summary>The links the HTML holds, parsed as a browser would: href, rel and text.</summary>
    private static List<(string Href, string Rel, string Text)> Links(string html) =>
        new HtmlParser().ParseDocument($"<body>{html}</body>").Body!.QuerySelectorAll("a")
            .Select(a => (a.GetAttribute("href") ?? "", a.GetAttribute("rel") ?? "", a.TextContent))
            .ToList();

    /// <summary>Every element of the rendered HTML and its attributes: only p, br and a with href and rel may appear.</summary>
    private static void AssertOnlyParagraphsBreaksAndLinks(string html)
    {
        var elements = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!.QuerySelectorAll("*");
        foreach (var element in elements)
        {
            Assert.Contains(element.LocalName, AllowedElements);
            Assert.All(element.Attributes, a => Assert.Contains(a.Name, AllowedAttributes));
        }
    }

    [Fact]
    public void A_web_address_becomes_a_link_that_search_engines_do_not_follow()
    {
        var html = CommentText.ToHtml("Read https://example.org/report?id=7&page=2 first");

        Assert.Equal("<p>Read <a href=\"https://example.org/report?id=7&amp;page=2\" rel=\"nofollow ugc noopener\">https://example.org/report?id=7&amp;page=2</a> first</p>", html);
        Assert.Equal([("https://example.org/report?id=7&page=2", "nofollow ugc noopener", "https://example.org/report?id=7&page=2")], Links(html));
    }

    [Theory]
    [InlineData("http://example.org/a")]
    [InlineData("https://example.org/a")]
    [InlineData("HTTPS://EXAMPLE.ORG/a")]
    public void Http_and_https_addresses_are_linked(string address)
    {
        var link = Assert.Single(Links(CommentText.ToHtml($"See {address} now")));

        Assert.Equal(new Uri(address).AbsoluteUri, link.Href);
        Assert.Equal(address, link.Text);
    }

    [Theory]
    [InlineData("ftp://files.example.org/report.pdf")]
    [InlineData("mailto:editor@example.org")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("www.example.org")]
    [InlineData("//example.org/protocol-relative")]
    [InlineData("news:comp.lang")]
    public void Other_addresses_stay_plain_text(string address)
    {
        var html = CommentText.ToHtml($"See {address} now");

        Assert.Empty(Links(html));
        AssertOnlyParagraphsBreaksAndLinks(html);
        Assert.Equal($"See {address} now", WebUtility.HtmlDecode(Inner(html)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(document.cookie)")]
    [InlineData("javascript://example.org/%0Aalert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    public void A_script_address_is_never_linked(string address)
    {
        var html = CommentText.ToHtml($"Click {address} please");

        Assert.DoesNotContain(Links(html), l => !l.Href.StartsWith("http", StringComparison.Ordinal));
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
        AssertOnlyParagraphsBreaksAndLinks(html);
    }

    [Fact]
    public void A_script_address_hiding_a_web_address_links_only_the_web_address()
    {
        var links = Links(CommentText.ToHtml("javascript:alert('https://example.org')"));

        Assert.All(links, l => Assert.StartsWith("https://example.org", l.Href, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("See https://example.org/a.", "https://example.org/a", ".")]
    [InlineData("See https://example.org/a, then", "https://example.org/a", ", then")]
    [InlineData("See https://example.org/a; then", "https://example.org/a", "; then")]
    [InlineData("Really https://example.org/a!", "https://example.org/a", "!")]
    [InlineData("Really https://example.org/a?", "https://example.org/a", "?")]
    [InlineData("(see https://example.org/a)", "https://example.org/a", ")")]
    [InlineData("'https://example.org/a'", "https://example.org/a", "'")]
    [InlineData("\"https://example.org/a\"", "https://example.org/a", "\"")]
    [InlineData("At https://example.org/a:", "https://example.org/a", ":")]
    [InlineData("End https://example.org/a?!).", "https://example.org/a", "?!).")]
    public void Punctuation_after_an_address_is_not_part_of_the_link(string body, string address, string after)
    {
        var html = CommentText.ToHtml(body);

        var link = Assert.Single(Links(html));
        Assert.Equal(address, link.Text);
        Assert.Equal(address, link.Href);
        Assert.EndsWith(after, WebUtility.HtmlDecode(Inner(html).Split("</a>")[1]), StringComparison.Ordinal);
        Assert.Equal(body, WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Inner(html), "<a [^>]*>|</a>", "")));
    }

    [Fact]
    public void An_address_stops_at_an_angle_bracket_or_a_double_quote()
    {
        var html = CommentText.ToHtml("https://example.org/<script>alert(1)</script> and https://example.org/\"onmouseover=\"alert(1)");

        AssertOnlyParagraphsBreaksAndLinks(html);
        Assert.Equal(["https://example.org/", "https://example.org/"], Links(html).Select(l => l.Href));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_quote_inside_an_address_cannot_break_out_of_the_href()
    {
        var html = CommentText.ToHtml("https://example.org/x'onmouseover='alert(1)'style='x");

        AssertOnlyParagraphsBreaksAndLinks(html);
        var link = Assert.Single(Links(html));
        Assert.StartsWith("https://example.org/x", link.Href, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_addresses_on_several_lines_are_each_linked()
    {
        var links = Links(CommentText.ToHtml("One https://a.example\ntwo http://b.example/x\n\nthree https://c.example/y?z=1"));

        Assert.Equal(["https://a.example/", "http://b.example/x", "https://c.example/y?z=1"], links.Select(l => l.Href));
        Assert.All(links, l => Assert.Equal("nofollow ugc noopener", l.Rel));
    }

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Bidirectional_overrides_and_isolates_are_removed(char control)
    {
        var body = $"Price: {control}0001$ only{control}";

        Assert.Equal("Price: 0001$ only", CommentText.Normalize(body));
        Assert.Equal("<p>Price: 0001$ only</p>", CommentText.ToHtml(body));
    }

    [Fact]
    public void Marks_that_do_not_reorder_text_zero_width_characters_and_emoji_sequences_are_kept()
    {
        // Right-to-left and left-to-right marks, zero-width space and joiner, a family emoji and a flag.
        const string body = "\u200F\u200E a\u200Bb \U0001F469\u200D\U0001F469\u200D\U0001F467 \U0001F1EC\U0001F1E7 שלום";

        Assert.Equal(body.Trim(), CommentText.Normalize(body));
        Assert.Equal(body.Trim(), WebUtility.HtmlDecode(Inner(CommentText.ToHtml(body))));
    }

    [Fact]
    public void Control_characters_are_removed_but_tabs_and_new_lines_are_kept()
    {
        const string body = "Ta\0b\u0001\u0002le:\tone\r\ntwo\u001B[31m\u007F \u0085three\u009B";

        Assert.Equal("Table:\tone\ntwo[31m \nthree", CommentText.Normalize(body));
        Assert.Equal("Table:\tonetwo[31mthree", WebUtility.HtmlDecode(Inner(CommentText.ToHtml(body))));
    }

    [Fact]
    public void Normalizing_trims_and_makes_one_kind_of_line_ending()
    {
        Assert.Equal("One\ntwo\n\nthree", CommentText.Normalize("  One\r\ntwo\r\rthree \n"));
    }

    [Fact]
    public void A_ten_thousand_character_word_is_kept_whole_and_encoded()
    {
        var word = string.Concat(Enumerable.Repeat("<a>", 3_334))[..10_000];

        var html = CommentText.ToHtml(word);

        AssertOnlyParagraphsBreaksAndLinks(html);
        Assert.Equal(word, WebUtility.HtmlDecode(Inner(html)));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CommentText.ToHtml(null!));
    }
}
