namespace Byline.Feeds;

public sealed record FeedEntry(FeedStory Story, string Url, IReadOnlyList<FeedAuthorLink> Authors);
