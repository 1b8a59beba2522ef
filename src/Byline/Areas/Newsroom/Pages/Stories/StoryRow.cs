using Byline.Content;

namespace Byline.Areas.Newsroom.Pages.Stories;

public sealed record StoryRow(int Id, string Headline, string SectionName, ArticleStatus Status, DateTimeOffset? PublishedAt, DateTimeOffset CreatedAt, IReadOnlyList<string> Authors);
