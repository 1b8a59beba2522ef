using Byline.Content;
using Byline.Search;

namespace Byline.Cli.Dev;

/// <summary>
/// One synthetic story ready to store: its row (<see cref="Article.Authors"/> and <see cref="Article.Tags"/> left empty),
/// its byline in order, its tags, and its search entry, whose id is filled in once the row has one.
/// </summary>
internal sealed record SyntheticDraft(Article Story, IReadOnlyList<int> AuthorIds, IReadOnlyList<int> TagIds, SearchDocument Entry);
