using System.Globalization;
using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.Media;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// The old site's <c>wp-content/uploads</c> folder (given with <c>--uploads</c>): turns its image files into media items,
/// each file once per site however many posts and attachments name it, and remembers which file became which item so a
/// later run of a longer export reuses it. Each new item is saved at once (its id is needed), through the run's save.
/// </summary>
internal sealed partial class WordPressUploadsFolder(
    WordPressImportState state,
    IMediaStore store,
    ImageRenditions renditions,
    WordPressImportOptions options,
    Actor actor,
    List<string> storedFiles)
{
    public const string UploadsMarker = "/wp-content/uploads/";

    /// <summary>Stands for an image a dry run found but did not make.</summary>
    public const int DryRunMediaId = -1;

    private readonly Dictionary<string, UploadedImage> _byPath = new(StringComparer.Ordinal);

    public bool Given => options.UploadsPath is not null;

    /// <summary>Loads what earlier runs of the same site's exports made from its files.</summary>
    public async Task StartAsync(string source, CancellationToken cancellationToken)
    {
        var earlier = await (
                from row in state.Db.ImportedItems.AsNoTracking()
                where row.Source == source && row.Kind == ImportKinds.Upload
                join media in state.Db.MediaItems.AsNoTracking() on row.LocalId equals media.Id
                select new { row.ExternalId, media })
            .ToListAsync(cancellationToken);
        foreach (var row in earlier)
        {
            _byPath[row.ExternalId] = new UploadedImage(row.media.Id, MediaUrls.Largest(row.media));
        }
    }

    /// <summary>The path inside the uploads folder that an address of the old site names, or null for any other address.</summary>
    public static string? RelativePath(string url)
    {
        var at = url.IndexOf(UploadsMarker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        var path = url[(at + UploadsMarker.Length)..];
        var end = path.IndexOfAny(['?', '#']);
        return Uri.UnescapeDataString(end < 0 ? path : path[..end]);
    }

    /// <summary>
    /// The media item made from a file of the folder, made now if no earlier item was. Returns the reason when the file
    /// cannot be imported. In a dry run the file is checked but nothing is made (<see cref="DryRunMediaId"/>).
    /// </summary>
    public async Task<(UploadedImage? Image, string? Problem)> ImportAsync(string relative, ImageDescription description, CancellationToken cancellationToken)
    {
        if (_byPath.TryGetValue(relative, out var known))
        {
            return (known, null);
        }
        if (options.UploadsPath is null)
        {
            return (null, "give the old site's wp-content/uploads folder with --uploads");
        }
        var root = Path.GetFullPath(options.UploadsPath);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return (null, $"the file “{relative}” is not in the uploads folder");
        }
        var bytes = await File.ReadAllBytesAsync(full, cancellationToken);
        if (bytes.Length > MediaLibrary.MaxUploadBytes)
        {
            return (null, $"“{relative}” is larger than {MediaLibrary.MaxUploadBytes / (1024 * 1024)} MB: not imported");
        }
        if (ImageRenditions.DetectContentType(bytes) is null)
        {
            return (null, $"“{relative}” is not an image ({ImageRenditions.AcceptedTypes}): the media library keeps images only");
        }
        if (options.DryRun)
        {
            // A dry run checks that the file is there and is an image; making the variants is the import's work.
            return (_byPath[relative] = new UploadedImage(DryRunMediaId, null), null);
        }
        var rendered = await renditions.RenderAsync(bytes, cancellationToken);
        if (rendered.Image is not { } image)
        {
            return (null, $"“{relative}”: {rendered.Problem}");
        }
        var key = MediaFileNames.NewStorageKey();
        foreach (var variant in image.Variants)
        {
            var name = MediaFileNames.Variant(key, variant.Width, variant.Extension);
            await store.SaveAsync(name, variant.Bytes, cancellationToken);
            storedFiles.Add(name);
        }
        var media = new MediaItem
        {
            StorageKey = key,
            OriginalFileName = WordPressImportRun.Shorten(Path.GetFileName(full), 255),
            ContentType = image.ContentType,
            Width = image.Width,
            Height = image.Height,
            ByteSize = bytes.Length,
            VariantWidths = string.Join(',', image.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture))),
            AltText = WordPressImportRun.Shorten(description.Alt, MediaItem.AltTextMaxLength),
            Caption = WordPressImportRun.Shorten(description.Caption, MediaItem.CaptionMaxLength),
            UploadedAt = description.UploadedAt ?? state.Now,
            UploadedById = actor.UserId,
        };
        state.Db.MediaItems.Add(media);
        state.Staging.Created(media);
        if (relative.Length <= ImportedItem.ExternalIdMaxLength)
        {
            state.Staging.Remember(ImportKinds.Upload, relative, media);
        }
        await state.SaveAsync(cancellationToken);
        return (_byPath[relative] = new UploadedImage(media.Id, MediaUrls.Largest(media)), null);
    }

    /// <summary>
    /// The file an image in a post names, preferring the original over the resized copy WordPress put in the post
    /// ("harbour-300x200.jpg" is a copy of "harbour.jpg"): the media library makes its own sizes from the largest.
    /// </summary>
    public string PreferredFile(string relative)
    {
        var original = SizeSuffix().Replace(relative, "$1");
        return original != relative && options.UploadsPath is { } root && File.Exists(Path.Combine(root, original)) ? original : relative;
    }

    [GeneratedRegex(@"-\d{1,5}x\d{1,5}(\.[A-Za-z0-9]+)$")]
    private static partial Regex SizeSuffix();
}
