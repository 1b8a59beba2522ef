using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// What a creator gives <see cref="StoryFactory"/>: the story's text, already rendered, and where it stands in the
/// workflow when it is made. Section, byline, tags and the rest are set on the story the factory returns.
/// </summary>
public sealed record NewStory(string Headline, string Slug, string Markdown, RenderedBody Body, ArticleStatus Status, DateTimeOffset CreatedAt)
{
    /// <summary>Required for a story made published or scheduled: it dates the story's URL.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public int? CreatedById { get; init; }

    /// <summary>The saves the story counts already: an import counts its one write; a story the editor makes, none yet.</summary>
    public int Version { get; init; }
}
