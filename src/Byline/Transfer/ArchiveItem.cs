using System.Text.Json;

namespace Byline.Transfer;

/// <summary>One record read from a data entry, with where it came from for error messages (item numbers count from 1).</summary>
internal sealed record ArchiveItem(string File, long Number, JsonElement Value);
