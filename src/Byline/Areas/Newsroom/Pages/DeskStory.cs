using Byline.Content;

namespace Byline.Areas.Newsroom.Pages;

public sealed record DeskStory(int Id, string Headline, string SectionName, ArticleStatus Status, DateTimeOffset? PublishedAt, IReadOnlyList<string> Authors);
