using Byline.Content;

namespace Byline.Media;

/// <summary>A story that uses a given media item: as its featured image, in its text, or both.</summary>
public sealed record StoryUsingMedia(int Id, string Headline, ArticleStatus Status, bool Featured, bool InText);
