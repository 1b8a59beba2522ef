namespace Byline.Feeds;

/// <summary>One approved comment in a story's comment feed: the commenter's name and words only, never their email.</summary>
public sealed record CommentFeedEntry(string Url, string AuthorName, string Body, DateTimeOffset Published, DateTimeOffset Updated);
