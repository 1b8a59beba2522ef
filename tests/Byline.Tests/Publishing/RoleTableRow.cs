using Byline.Accounts;
using Byline.Content;

namespace Byline.Tests.Publishing;

/// <summary>
/// One row of a role table: what a role may do to its own or others' stories, optionally in one status,
/// with a cell per value of the table's column enumeration, in declaration order.
/// </summary>
internal sealed record RoleTableRow(NewsroomRole Role, StoryOwner Story, ArticleStatus? Status, params IReadOnlyList<Verdict> Cells)
{
    public RoleTableRow(NewsroomRole role, StoryOwner story, params IReadOnlyList<Verdict> cells)
        : this(role, story, null, cells)
    {
    }
}
