using System.Net;
using Byline.Comments;

namespace Byline.Tests.Comments;

public sealed class CommentTextTests
{
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

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CommentText.ToHtml(null!));
    }
}
