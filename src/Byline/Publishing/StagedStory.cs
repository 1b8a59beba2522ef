using Byline.Content;

namespace Byline.Publishing;

/// <summary>A story an import wrote out of sight (<see cref="ArticleStatus.Importing"/>), and the status it is to have.</summary>
public sealed record StagedStory(int Id, ArticleStatus Status);
