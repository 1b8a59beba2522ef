using Byline.Media;

namespace Byline.Tests.Media;

public sealed class MediaDetailsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Alt_text_is_required(string? altText)
    {
        var errors = new MediaDetails(altText, "A caption", "A credit").Validate();

        Assert.Equal("Describe the image for readers who cannot see it: alt text is required.", errors["AltText"]);
    }

    [Fact]
    public void Each_text_has_its_length_limit()
    {
        var errors = new MediaDetails(new string('a', 301), new string('c', 501), new string('r', 201)).Validate();

        Assert.Contains("at most 300 characters", errors["AltText"], StringComparison.Ordinal);
        Assert.Contains("at most 500 characters", errors["Caption"], StringComparison.Ordinal);
        Assert.Contains("at most 200 characters", errors["Credit"], StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_are_trimmed_to_one_line()
    {
        var details = new MediaDetails("  Boats in\r\n the   harbour ", "\tLow tide\u0007 ", null);

        Assert.Empty(details.Validate());
        Assert.Equal("Boats in the harbour", details.CleanAltText);
        Assert.Equal("Low tide", details.CleanCaption);
        Assert.Equal("", details.CleanCredit);
    }
}
