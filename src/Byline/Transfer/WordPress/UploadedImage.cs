namespace Byline.Transfer.WordPress;

/// <summary>A media item made from a file of the uploads folder, and the address of its largest variant (none in a dry run).</summary>
internal sealed record UploadedImage(int MediaId, string? Address);
