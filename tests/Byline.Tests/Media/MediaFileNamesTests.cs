using Byline.Media;

namespace Byline.Tests.Media;

public sealed class MediaFileNamesTests
{
    [Fact]
    public void A_storage_key_is_32_lowercase_hex_digits_and_new_every_time()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => MediaFileNames.NewStorageKey()).ToList();

        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{32}$", k));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_variant_name_is_parsed_into_its_key_width_and_format()
    {
        var name = MediaFileNames.Variant("0123456789abcdef0123456789abcdef", 640, MediaFileNames.WebP);

        Assert.Equal("0123456789abcdef0123456789abcdef-640.webp", name);
        Assert.True(MediaFileNames.TryParse(name, out var key, out var width, out var extension));
        Assert.Equal(("0123456789abcdef0123456789abcdef", 640, "webp"), (key, width, extension));
    }

    [Theory]
    [InlineData("../../byline.db")]
    [InlineData("..%2f..%2fbyline.db")]
    [InlineData("0123456789abcdef-640.png")]
    [InlineData("0123456789ABCDEF-640.jpg")]
    [InlineData("0123456789abcdef-0640.jpg")]
    [InlineData("0123456789abcdef-640.jpg.tmp")]
    [InlineData("short-640.jpg")]
    [InlineData("0123456789abcdef/640.jpg")]
    [InlineData("0123456789abcdef-640.jpg\n")]
    [InlineData("")]
    public void Anything_else_is_not_a_variant_name(string name)
    {
        Assert.False(MediaFileNames.IsVariant(name));
        Assert.False(MediaFileNames.TryParse(name, out _, out _, out _));
    }

    [Fact]
    public void Every_stored_file_of_an_item_is_listed()
    {
        var item = new MediaItem
        {
            StorageKey = "0123456789abcdef0123456789abcdef",
            OriginalFileName = "harbour.jpg",
            ContentType = "image/jpeg",
            AltText = "The harbour",
            VariantWidths = "320,640",
        };

        Assert.Equal(
            ["0123456789abcdef0123456789abcdef-320.webp", "0123456789abcdef0123456789abcdef-320.jpg",
             "0123456789abcdef0123456789abcdef-640.webp", "0123456789abcdef0123456789abcdef-640.jpg"],
            MediaFileNames.All(item));
    }
}
