using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// The one place a new story is made, for the editor, the WordPress and Markdown importers, the sample seeder and the
/// synthetic archive: its status and dates are set here and nowhere else outside <c>Publishing</c>. A site restore does
/// not come here: it copies stored rows back as they were, and creates nothing.
/// </summary>
public static class StoryFactory
{
    public static Article Create(NewStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (story.Status is ArticleStatus.Published or ArticleStatus.Scheduled && story.PublishedAt is null)
        {
            throw new ArgumentException($"A story made {story.Status.ToString().ToLowerInvariant()} needs its publication time.", nameof(story));
        }
        return new Article
        {
            Headline = story.Headline,
            Slug = story.Slug,
            BodyMarkdown = story.Markdown,
            BodyHtml = story.Body.Html,
            WordCount = story.Body.WordCount,
            ReadingMinutes = story.Body.ReadingMinutes,
            Status = story.Status,
            CreatedAt = story.CreatedAt,
            PublishedAt = story.PublishedAt,
            UpdatedAt = story.UpdatedAt,
            CreatedById = story.CreatedById,
            Version = story.Version,
        };
    }
}
