using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Media;

/// <summary>
/// The media library's changes, for the newsroom pages and the story editor alike: upload (checked from the bytes, made
/// into variants once) and edit the words that go with an image; Publishing/MediaDeletion deletes (it knows who may edit the stories that use an image). No failure leaves a
/// stored file behind.
/// </summary>
public sealed class MediaLibrary(
    BylineDb db,
    IMediaStore store,
    ImageRenditions renditions,
    MediaUses uses,
    AuditLog audit,
    PublicCache cache,
    TimeProvider clock,
    ILogger<MediaLibrary> logger)
{
    public const long MaxUploadBytes = 20L * 1024 * 1024;

    /// <summary>The largest upload request: the file and room for the form's other fields and multipart boundaries.</summary>
    public const long MaxUploadRequestBytes = MaxUploadBytes + 1024 * 1024;

    public const string FileField = "File";

    public static string TooLargeMessage { get; } = $"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB. Export a smaller version (a long side of 4,000 pixels is plenty for the web) and upload that.";

    /// <summary>Authors and up upload; contributors use what is in the library.</summary>
    public static bool CanUpload(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAtLeast(NewsroomRole.Author);
    }

    /// <summary>Editors change or delete any image; authors the ones they uploaded.</summary>
    public static bool CanManage(Actor actor, MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        return actor.IsAtLeast(NewsroomRole.Editor) || (actor.IsAtLeast(NewsroomRole.Author) && item.UploadedById is { } by && by == actor.UserId);
    }

    public async Task<MediaResult> UploadAsync(MediaUpload upload, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(actor);
        if (!CanUpload(actor))
        {
            return MediaResult.Forbidden();
        }

        var errors = upload.Details.Validate();
        if (upload.Length > MaxUploadBytes)
        {
            errors[FileField] = TooLargeMessage;
            return MediaResult.Refused(MediaOutcome.TooLarge, errors);
        }
        if (upload.Length <= 0)
        {
            errors[FileField] = "The file is empty. Choose the image file again.";
            return MediaResult.Refused(MediaOutcome.Invalid, errors);
        }
        if (errors.Count > 0)
        {
            return MediaResult.Refused(MediaOutcome.Invalid, errors);
        }

        var bytes = await ReadAtMostAsync(upload.Content, MaxUploadBytes, cancellationToken);
        if (bytes is null)
        {
            return MediaResult.Refused(MediaOutcome.TooLarge, new Dictionary<string, string> { [FileField] = TooLargeMessage });
        }
        var rendered = await renditions.RenderAsync(bytes, cancellationToken);
        if (rendered.Image is not { } image)
        {
            return MediaResult.Refused(bytes.Length == 0 ? MediaOutcome.Invalid : MediaOutcome.Unsupported,
                new Dictionary<string, string> { [FileField] = rendered.Problem! });
        }

        var item = NewItem(MediaFileNames.NewStorageKey(), image, bytes.Length, upload.FileName, upload.Details);
        item.UploadedById = actor.UserId;
        var stored = new List<string>(image.Variants.Count);
        try
        {
            stored.AddRange(await StoreVariantsAsync(item.StorageKey, image, cancellationToken));

            // The audit entry names the new item's id, which the first save assigns; both rows commit together or not at all.
            await db.InRetryableUnitAsync(async () =>
            {
                item.Id = 0;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.MediaItems.Add(item);
                await db.SaveChangesAsync(cancellationToken);
                audit.Add(actor, AuditActions.MediaUploaded, AuditSubject(item.Id),
                    string.Create(CultureInfo.InvariantCulture, $"Uploaded “{item.OriginalFileName}” ({item.Width} × {item.Height}, {image.Widths.Count} widths)"));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return item.Id;
            }, cancellationToken);
            return MediaResult.Saved(item);
        }
        catch
        {
            db.ChangeTracker.Clear();
            await RemoveFilesAsync(stored);
            throw;
        }
    }

    public async Task<MediaResult> UpdateAsync(int id, MediaDetails details, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return MediaResult.NotFound();
        }
        if (!CanManage(actor, item))
        {
            return MediaResult.Forbidden();
        }
        var errors = details.Validate();
        if (errors.Count > 0)
        {
            return MediaResult.Refused(MediaOutcome.Invalid, errors);
        }

        var changed = new List<string>();
        if (item.AltText != details.CleanAltText)
        {
            changed.Add("alt text");
        }
        if (item.Caption != details.CleanCaption)
        {
            changed.Add("caption");
        }
        if (item.Credit != details.CleanCredit)
        {
            changed.Add("credit");
        }
        if (changed.Count == 0)
        {
            return MediaResult.Saved(item);
        }

        item.AltText = details.CleanAltText;
        item.Caption = details.CleanCaption;
        item.Credit = details.CleanCredit;
        audit.Add(actor, AuditActions.MediaEdited, AuditSubject(item.Id), $"Changed the {string.Join(" and ", changed)} of “{item.OriginalFileName}”");
        await db.SaveChangesAsync(cancellationToken);

        // Stories show the alt text, caption and credit: their cached pages must show the new words.
        foreach (var scope in await uses.FeaturingScopesAsync(item.Id, cancellationToken))
        {
            await cache.EvictStoryAsync(scope, cancellationToken);
        }
        return MediaResult.Saved(item);
    }

    /// <summary>Reads the whole upload, or returns null when it turns out longer than <paramref name="limit"/> whatever its declared length.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The library's record of a rendered image, not yet saved: for an import, which saves many in its own transaction
    /// (and may keep the storage key the image had on the site it came from).
    /// </summary>
    public MediaItem NewItem(string storageKey, RenderedImage image, long byteSize, string? fileName, MediaDetails details)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(details);
        return new MediaItem
        {
            StorageKey = storageKey,
            OriginalFileName = CleanFileName(fileName),
            ContentType = image.ContentType,
            Width = image.Width,
            Height = image.Height,
            ByteSize = byteSize,
            VariantWidths = string.Join(',', image.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture))),
            AltText = details.CleanAltText,
            Caption = details.CleanCaption,
            Credit = details.CleanCredit,
            UploadedAt = clock.GetUtcNow(),
        };
    }

    /// <summary>Stores every variant of <paramref name="image"/> under <paramref name="storageKey"/>; on failure none stays stored.</summary>
    public async Task<IReadOnlyList<string>> StoreVariantsAsync(string storageKey, RenderedImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var stored = new List<string>(image.Variants.Count);
        try
        {
            foreach (var variant in image.Variants)
            {
                var name = MediaFileNames.Variant(storageKey, variant.Width, variant.Extension);
                await store.SaveAsync(name, variant.Bytes, cancellationToken);
                stored.Add(name);
            }
            return stored;
        }
        catch
        {
            await RemoveFilesAsync(stored);
            throw;
        }
    }

    /// <summary>Best effort after the database no longer knows the files (or never did): a file left over is unreachable, never wrong.</summary>
    public async Task RemoveFilesAsync(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            try
            {
                await store.DeleteAsync(name, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not delete the media file {MediaFile}", name);
            }
        }
    }

    private static string CleanFileName(string? fileName)
    {
        var name = new string(Path.GetFileName(fileName ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            return "image";
        }
        return name.Length <= 255 ? name : name[..255];
    }

    internal static string AuditSubject(int id) => string.Create(CultureInfo.InvariantCulture, $"media:{id}");
}
