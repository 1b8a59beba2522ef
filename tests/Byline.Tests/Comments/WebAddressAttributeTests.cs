using Byline.Comments;

namespace Byline.Tests.Comments;

public sealed class WebAddressAttributeTests
{
    private readonly WebAddressAttribute _attribute = new();

    [Theory]
    [InlineData("https://example.org")]
    [InlineData("http://example.org")]
    [InlineData("https://example.org:8443/path/to?q=1#frag")]
    [InlineData("https://bücher.example/")]
    public void Absolute_http_and_https_addresses_are_web_addresses(string text)
    {
        Assert.True(WebAddressAttribute.IsWebAddress(text));
        Assert.True(_attribute.IsValid(text));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("javascript://example.org/%0Aalert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("mailto:ana@example.org")]
    [InlineData("ftp://example.org/")]
    [InlineData("example.org")]
    [InlineData("www.example.org/page")]
    [InlineData("/etc/passwd")]
    [InlineData("https://")]
    [InlineData("http:///path-only")]
    public void Other_schemes_and_relative_addresses_are_not(string text)
    {
        Assert.False(WebAddressAttribute.IsWebAddress(text));
        Assert.False(_attribute.IsValid(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_absent_website_is_allowed(string? text)
    {
        Assert.True(_attribute.IsValid(text));
    }
}
