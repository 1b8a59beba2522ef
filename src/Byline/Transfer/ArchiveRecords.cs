using System.Globalization;
using System.Text.Json;

namespace Byline.Transfer;

/// <summary>One record of an archive entry made into its row, every field checked; each refusal names the record.</summary>
internal static class ArchiveRecords
{
    public static object Read(ArchiveKind kind, ArchiveItem item, Dictionary<string, ArchiveColumn> columns, IReadOnlyList<string> keys, HashSet<string> seen)
    {
        if (item.Value.ValueKind != JsonValueKind.Object)
        {
            throw new SiteTransferException($"{Where(item, keys)}: a record is a JSON object, not {item.Value.ValueKind.ToString().ToLowerInvariant()}");
        }
        var entity = kind.Create();
        seen.Clear();
        foreach (var field in item.Value.EnumerateObject())
        {
            if (!columns.TryGetValue(field.Name, out var column))
            {
                throw new SiteTransferException($"{Where(item, keys)}: unknown field “{field.Name}” (an archive made by a newer Byline, or edited by hand)");
            }
            if (!seen.Add(field.Name))
            {
                throw new SiteTransferException($"{Where(item, keys)}: field “{field.Name}” appears twice");
            }
            if (column.TryRead(field.Value, entity) is { } error)
            {
                throw new SiteTransferException($"{Where(item, keys)}: field “{field.Name}” {error}");
            }
        }
        if (seen.Count != columns.Count)
        {
            var missing = columns.Keys.First(name => !seen.Contains(name));
            throw new SiteTransferException($"{Where(item, keys)}: field “{missing}” is missing");
        }
        return entity;
    }

    /// <summary>"data/comments.json, item 3 (id 45)": the entry, the record's place in it, and its key when it has one.</summary>
    public static string Where(ArchiveItem item, IReadOnlyList<string> keys)
    {
        var key = item.Value.ValueKind == JsonValueKind.Object
            ? string.Join(", ", keys.Select(k => item.Value.TryGetProperty(k, out var value) ? $"{k} {value.GetRawText()}" : null).OfType<string>())
            : "";
        return string.Create(CultureInfo.InvariantCulture, $"{item.File}, item {item.Number}{(key.Length > 0 ? $" ({key})" : "")}");
    }
}
