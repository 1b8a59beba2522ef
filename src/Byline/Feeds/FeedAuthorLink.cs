namespace Byline.Feeds;

public sealed record FeedAuthorLink(string Name, string Url);
