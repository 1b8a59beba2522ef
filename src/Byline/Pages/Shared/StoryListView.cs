using Byline.Content;

namespace Byline.Pages.Shared;

/// <summary>The model of the shared story list partial.</summary>
public sealed record StoryListView(IReadOnlyList<ArticleSummary> Stories, bool ShowSection, string EmptyMessage = "No stories here yet.");
