using Byline.Content;

namespace Byline.Media;

/// <summary>A story that uses a given media item: as its featured image, in its text, or both.</summary>
/// <remarks>Who created it and who stands in its byline decide whether a member may open it from the image's page.</remarks>
public sealed record StoryUsingMedia(int Id, string Headline, ArticleStatus Status, bool Featured, bool InText, int? CreatedById, IReadOnlyList<int> AuthorPersonIds);
