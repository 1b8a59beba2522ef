namespace Byline.Pages.Shared;

/// <summary>A scope's feeds for autodiscovery: <c>{BasePath}/feed</c>, <c>/feed/atom</c>, <c>/feed/json</c>.</summary>
public sealed record FeedLink(string Title, string RssPath, string AtomPath, string JsonPath);
