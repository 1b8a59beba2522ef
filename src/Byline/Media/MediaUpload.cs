namespace Byline.Media;

/// <summary>An uploaded file as it arrived: its bytes, its length, the name the browser gave it, and its details.</summary>
public sealed record MediaUpload(Stream Content, long Length, string? FileName, MediaDetails Details);
