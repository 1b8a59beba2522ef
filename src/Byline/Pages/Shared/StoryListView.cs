using Byline.Content;

namespace Byline.Pages.Shared;

/// <summary>The model of the shared story list partial.</summary>
/// <param name="Variant">A modifier of the list's look (<c>story-list--{Variant}</c>): "top" for the front page's secondary stories.</param>
/// <param name="HeadingLevel">2 where the cards stand under the page's h1, 3 under a section's own h2 (the end of a story).</param>
public sealed record StoryListView(
    IReadOnlyList<ArticleSummary> Stories,
    bool ShowSection,
    string EmptyMessage = "No stories here yet.",
    string? Variant = null,
    int HeadingLevel = 2)
{
    public string ThumbnailSizes => Variant == "top" ? CardImageView.SecondarySizes : CardImageView.ThumbnailSizes;
}
