using System.Globalization;

namespace Byline.Comments;

/// <summary>One page of a story's conversation, as the article page shows it.</summary>
public sealed record CommentSection(
    IReadOnlyList<CommentThread> Threads,
    int ApprovedCount,
    int Page,
    int PageCount,
    CommentOrder Order,
    CommentView? ReplyTarget)
{
    public const int ThreadsPerPage = 50;

    /// <summary>A link to another view of the conversation on the story at <paramref name="storyPath"/>, keeping this view's order and page unless told.</summary>
    public string Link(string storyPath, int? page = null, CommentOrder? order = null, int? replyTo = null)
    {
        var chosenOrder = order ?? Order;
        var chosenPage = page ?? (order is null ? Page : 1);
        return Address(storyPath,
            [chosenOrder == CommentOrder.Newest ? "corder=newest" : null, PageQuery(chosenPage),
             replyTo is { } target ? string.Create(CultureInfo.InvariantCulture, $"replyto={target}") : null],
            replyTo is null ? "#comments" : "#leave-a-comment");
    }

    /// <summary>The query parameter of page <paramref name="page"/> of the conversation; none for the first.</summary>
    public static string? PageQuery(int page) => page > 1 ? string.Create(CultureInfo.InvariantCulture, $"cpage={page}") : null;

    /// <summary>The story's address with the given query parameters (nulls left out) and fragment.</summary>
    public static string Address(string storyPath, IEnumerable<string?> query, string fragment)
    {
        var parameters = string.Join('&', query.OfType<string>());
        return storyPath + (parameters.Length > 0 ? "?" + parameters : "") + fragment;
    }
}
