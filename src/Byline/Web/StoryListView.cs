using Byline.Content;

namespace Byline.Web;

/// <summary>The model of the shared story list partial.</summary>
public sealed record StoryListView(IReadOnlyList<ArticleSummary> Stories, bool ShowSection, string EmptyMessage = "No stories here yet.");
