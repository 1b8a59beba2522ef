using Byline.Media;

namespace Byline.Tests.Media;

public sealed class BodyMediaKeysTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("![Boats](/media/KEY-640.jpg)")]
    [InlineData("![Boats](https://news.example/media/KEY-1920.jpg \"Boats at dawn\")")]
    [InlineData("<img src=\"/media/KEY-320.webp\" alt=\"Boats\">")]
    [InlineData("<img srcset=\"/media/other0123456789abcdef-320.webp 320w, /media/KEY-640.webp 640w\">")]
    [InlineData("[boats]: /media/KEY-960.jpg")]
    [InlineData("See /media/KEY-640.jpg?v=2 for the full picture.")]
    public void An_address_of_the_image_in_any_form_shows_it(string body) =>
        Assert.True(BodyMediaKeys.Shows(body.Replace("KEY", Key, StringComparison.Ordinal), Key));

    [Theory]
    [InlineData("![Boats](/media/KEY.jpg)")]
    [InlineData("![Boats](/media/KEY-640.png)")]
    [InlineData("![Boats](/media/KEY-640.jpgx)")]
    [InlineData("![Another image whose key starts the same](/media/KEYff-640.jpg)")]
    [InlineData("![Boats](/mediakit/KEY-640.jpg)")]
    [InlineData("The key KEY on its own")]
    public void Text_that_is_no_address_of_the_image_does_not(string body) =>
        Assert.False(BodyMediaKeys.Shows(body.Replace("KEY", Key, StringComparison.Ordinal), Key));
}
