using System.Text;
using Byline.Content;
using Byline.Media;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.Markdown;

/// <summary>
/// <c>Byline export markdown DIR</c>: every story as <c>DIR/{slug}.md</c> (see <see cref="StoryFrontMatter"/>), and the
/// library images it uses (its featured image, and those its body shows) as <c>DIR/{slug}/{name}.jpg</c>: the widest
/// JPEG variant, the best copy the library keeps. Stories are read a batch at a time, so any archive fits in memory.
/// </summary>
public sealed class MarkdownExporter(BylineDb db, IMediaStore store)
{
    private const int BatchSize = 200;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<MarkdownExportResult> ExportAsync(string folder, IProgress<MarkdownProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
        {
            throw new MarkdownInputException($"{folder} is a file: export into a new or empty folder.");
        }
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new MarkdownInputException($"{folder} is not empty: export into a new or empty folder, so that no file is overwritten or mixed in.");
        }
        Directory.CreateDirectory(root);

        var ids = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        progress?.Report(new MarkdownProgress(0, ids.Count));
        int done = 0, images = 0, missing = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var stories = await db.Articles.AsNoTracking()
                .Include(a => a.Section)
                .Include(a => a.Authors).ThenInclude(a => a.Person)
                .Include(a => a.Tags)
                .Include(a => a.Corrections)
                .Where(a => batch.Contains(a.Id))
                .OrderBy(a => a.Id)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            var keys = stories.SelectMany(s => BodyMediaKeys.In(s.BodyMarkdown)).ToHashSet(StringComparer.Ordinal);
            var featuredIds = stories.Where(s => s.FeaturedImageId is not null).Select(s => s.FeaturedImageId!.Value).ToList();
            var media = await db.MediaItems.AsNoTracking()
                .Where(m => keys.Contains(m.StorageKey) || featuredIds.Contains(m.Id))
                .ToListAsync(cancellationToken);

            foreach (var story in stories)
            {
                var written = await WriteStoryAsync(root, story, media, cancellationToken);
                images += written.Images;
                missing += written.Missing;
            }
            done += batch.Length;
            progress?.Report(new MarkdownProgress(done, ids.Count));
        }
        return new MarkdownExportResult(root, ids.Count, images, missing);
    }

    private async Task<(int Images, int Missing)> WriteStoryAsync(string root, Article story, List<MediaItem> media, CancellationToken cancellationToken)
    {
        var used = new List<MediaItem>();
        if (media.FirstOrDefault(m => m.Id == story.FeaturedImageId) is { } featured)
        {
            used.Add(featured);
        }
        foreach (var key in BodyMediaKeys.In(story.BodyMarkdown))
        {
            if (media.FirstOrDefault(m => m.StorageKey == key) is { } shown && !used.Contains(shown))
            {
                used.Add(shown);
            }
        }

        var entries = new List<StoryImage>();
        string? featuredFile = null;
        var missing = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in used)
        {
            var file = $"{story.Slug}/{UniqueName(item, names)}.jpg";
            if (!await CopyWidestAsync(item, Path.Combine(root, story.Slug), Path.Combine(root, file), cancellationToken))
            {
                missing++;
                continue;
            }
            entries.Add(new StoryImage
            {
                File = file,
                Key = item.StorageKey,
                OriginalName = item.OriginalFileName,
                AltText = item.AltText,
                Caption = item.Caption,
                Credit = item.Credit,
                Width = item.Width,
                Height = item.Height,
            });
            if (item.Id == story.FeaturedImageId)
            {
                featuredFile = file;
            }
        }

        var text = MarkdownStoryWriter.Write(MarkdownStoryWriter.FrontMatterOf(story, entries, featuredFile), story.BodyMarkdown);
        await File.WriteAllTextAsync(Path.Combine(root, story.Slug + ".md"), text, Utf8, cancellationToken);
        return (entries.Count, missing);
    }

    private async Task<bool> CopyWidestAsync(MediaItem item, string folder, string path, CancellationToken cancellationToken)
    {
        var widths = item.Widths;
        if (widths.Count == 0)
        {
            return false;
        }
        await using var source = await store.OpenReadAsync(MediaFileNames.Variant(item.StorageKey, widths[^1], MediaFileNames.Jpeg), cancellationToken);
        if (source is null)
        {
            return false;
        }
        Directory.CreateDirectory(folder);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await source.CopyToAsync(target, cancellationToken);
        return true;
    }

    /// <summary>A readable name from the uploaded file's name ("Harbour at Dusk.JPG" → harbour-at-dusk), unique within the story.</summary>
    private static string UniqueName(MediaItem item, HashSet<string> taken)
    {
        var stem = Slugs.From(Path.GetFileNameWithoutExtension(item.OriginalFileName));
        stem = stem.Length == 0 ? "image" : stem;
        var name = stem;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{stem}-{n}";
        }
        return name;
    }
}
