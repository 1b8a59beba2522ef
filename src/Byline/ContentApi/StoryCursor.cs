using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Byline.ContentApi;

/// <summary>
/// Where a page of stories ended: the last story's publication time and id. The list is ordered by both (newest first),
/// so a page asked for with the cursor starts right after that story however many are published meanwhile.
/// Opaque to clients (base64url of "ticks.id").
/// </summary>
public readonly record struct StoryCursor(DateTimeOffset PublishedAt, int Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{PublishedAt.UtcTicks}.{Id}")));

    public static bool TryDecode(string? text, out StoryCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 64 || !Base64Url.IsValid(text))
        {
            return false;
        }
        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }
        cursor = new StoryCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
