using Byline.Media;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.Markdown;

/// <summary>
/// The images of one import, each once: known by its storage key when the file gives one (several stories may share
/// an image), otherwise by its path. New ones are stored before the transaction, so a failure must remove their files.
/// </summary>
internal sealed class ImportedImages(string root)
{
    private readonly Dictionary<string, MediaItem> _new = new(StringComparer.Ordinal);
    private readonly HashSet<string> _existingKeys = new(StringComparer.Ordinal);

    public List<string> StoredFiles { get; } = [];

    public IReadOnlyCollection<MediaItem> NewItems => _new.Values;

    public string IdentityOf(StoryImage entry) => entry.Key ?? "file:" + Path.GetFullPath(Path.Combine(root, entry.File!));

    public bool Contains(StoryImage entry) => _new.ContainsKey(IdentityOf(entry)) || _existingKeys.Contains(IdentityOf(entry));

    public void UseExisting(string key) => _existingKeys.Add(key);

    public void Add(StoryImage entry, MediaItem item) => _new.Add(IdentityOf(entry), item);

    /// <summary>The id of each image by its identity; call once the new items are saved.</summary>
    public async Task<Dictionary<string, int>> IdsAsync(BylineDb db, CancellationToken cancellationToken)
    {
        var ids = _new.ToDictionary(p => p.Key, p => p.Value.Id, StringComparer.Ordinal);
        var keys = _existingKeys.ToList();
        foreach (var existing in await db.MediaItems.AsNoTracking().Where(m => keys.Contains(m.StorageKey))
            .Select(m => new { m.StorageKey, m.Id }).ToListAsync(cancellationToken))
        {
            ids[existing.StorageKey] = existing.Id;
        }
        return ids;
    }
}
