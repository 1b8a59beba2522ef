using Byline.Content;

namespace Byline.Media;

/// <summary>A story whose featured image is a given media item.</summary>
public sealed record StoryUsingMedia(int Id, string Headline, ArticleStatus Status);
