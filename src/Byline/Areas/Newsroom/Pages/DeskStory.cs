using Byline.Content;

namespace Byline.Areas.Newsroom.Pages;

public sealed record DeskStory(int Id, string Headline, string SectionName, ArticleStatus Status, DateTimeOffset? PublishedAt, IReadOnlyList<string> Authors)
{
    /// <summary>The other members who have the story open in its editor now (presence), for "being edited by".</summary>
    public IReadOnlyList<string> EditedBy { get; init; } = [];
}
