namespace Byline.Media;

/// <summary>An uploaded image and the responsive variants made from it once, at upload.</summary>
public sealed class MediaItem
{
    public const int AltTextMaxLength = 300;
    public const int CaptionMaxLength = 500;
    public const int CreditMaxLength = 200;

    public int Id { get; set; }

    /// <summary>The stored name without extension, unique: variants are <c>{StorageKey}-{width}.webp</c> and <c>.jpg</c>.</summary>
    public required string StorageKey { get; set; }
    public required string OriginalFileName { get; set; }
    public required string ContentType { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long ByteSize { get; set; }

    /// <summary>Widths made for srcset, ascending, comma separated ("320,640,960").</summary>
    public string VariantWidths { get; set; } = "";
    public required string AltText { get; set; }
    public string Caption { get; set; } = "";
    public string Credit { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public int? UploadedById { get; set; }

    /// <summary>
    /// When the image was moved to the trash: hidden from the library, the picker and its search, but its files stay
    /// and the stories that feature it keep it until it is deleted for good (by an admin or after 30 days).
    /// </summary>
    public DateTimeOffset? TrashedAt { get; set; }

    /// <summary>The newsroom member who moved the image to the trash.</summary>
    public int? TrashedById { get; set; }

    public IReadOnlyList<int> Widths =>
        VariantWidths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
