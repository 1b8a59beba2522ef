namespace Byline.Transfer.WordPress;

/// <summary>What an imported image is described with in the media library.</summary>
internal sealed record ImageDescription(string Alt, string Caption, DateTimeOffset? UploadedAt);
