namespace Byline.Publishing;

/// <summary>One working share-preview link of a story, as its side panel lists it (the token itself is never kept).</summary>
public sealed record ActivePreviewLink(int Id, string CreatedByName, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
