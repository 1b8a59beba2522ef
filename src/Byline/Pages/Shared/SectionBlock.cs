using Byline.Content;

namespace Byline.Pages.Shared;

/// <summary>A section's newest stories on the front page.</summary>
public sealed record SectionBlock(string Name, string Slug, IReadOnlyList<ArticleSummary> Stories);
