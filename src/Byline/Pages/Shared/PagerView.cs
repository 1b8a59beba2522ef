namespace Byline.Pages.Shared;

/// <summary>The model of the shared pager partial: newer / older links for the list at <see cref="Path"/>.</summary>
public sealed record PagerView(StoryPage Page, string Path);
