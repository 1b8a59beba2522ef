using Byline.Content;

namespace Byline.Tests.Content;

public sealed class FrontMatterDocumentTests
{
    [Fact]
    public void The_front_matter_and_the_body_are_split_at_the_closing_fence()
    {
        var document = FrontMatterDocument.Split("---\nheadline: Hi\nslug: hi\n---\nBody line.\n");

        Assert.NotNull(document);
        Assert.Equal("headline: Hi\nslug: hi\n", document.Yaml);
        Assert.Equal("Body line.\n", document.Body);
    }

    [Fact]
    public void The_body_keeps_its_own_line_endings_and_leading_blank_lines()
    {
        var document = FrontMatterDocument.Split("---\r\nheadline: Hi\r\n---\r\n\r\nFirst\r\nSecond");

        Assert.NotNull(document);
        Assert.Equal("\r\nFirst\r\nSecond", document.Body);
    }

    [Fact]
    public void A_dash_line_inside_the_body_stays_in_the_body()
    {
        var document = FrontMatterDocument.Split("---\na: 1\n---\nAbove\n---\nBelow\n");

        Assert.Equal("Above\n---\nBelow\n", document!.Body);
    }

    [Theory]
    [InlineData("No front matter here.\n")]
    [InlineData("---\nheadline: never closed\n")]
    [InlineData("")]
    public void Text_without_a_closed_front_matter_block_is_not_split(string text)
    {
        Assert.Null(FrontMatterDocument.Split(text));
    }
}
