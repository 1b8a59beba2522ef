namespace Byline.Feeds;

public sealed record FeedAuthor(string Name, string Slug);
