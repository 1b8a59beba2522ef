using System.Security.Cryptography;
using System.Text;

namespace Byline.Transfer.WordPress;

/// <summary>
/// What finds an item again on a later run (<see cref="ImportedItem.ExternalId"/>): its <c>wp:post_id</c>. Some exporters
/// leave that out; such an item is known by its <c>&lt;guid&gt;</c>, else its <c>&lt;link&gt;</c>, else by its type,
/// title and date, so it is imported once however often the file is.
/// </summary>
internal static class WordPressItemKeys
{
    /// <summary>The key, and the element it came from when that is not <c>wp:post_id</c> (for the report).</summary>
    public static (string Key, string? From) Of(WxrItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.PostId.Length > 0)
        {
            return (item.PostId, null);
        }
        if (item.GuidText.Length > 0)
        {
            return (Prefixed("guid:", item.GuidText), "<guid>");
        }
        if (item.Link.Length > 0)
        {
            return (Prefixed("link:", item.Link), "<link>");
        }
        return (Prefixed("item:", $"{item.PostType}\n{item.Title}\n{item.PostDateGmt}\n{item.PostDate}\n{item.Slug}"), "type, title and date");
    }

    /// <summary>Short values as they are; long ones as a digest, which fits the column and is the same on every run.</summary>
    private static string Prefixed(string prefix, string value) =>
        prefix.Length + value.Length <= ImportedItem.ExternalIdMaxLength
            ? prefix + value
            : prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
