using Byline.Content;

namespace Byline.Transfer.Markdown;

/// <summary>The <c>status</c> values of a story file: <c>draft</c>, <c>in_review</c>, <c>scheduled</c>, <c>published</c>, <c>unpublished</c>.</summary>
public static class MarkdownStatus
{
    private static readonly Dictionary<ArticleStatus, string> Names = new()
    {
        [ArticleStatus.Draft] = "draft",
        [ArticleStatus.InReview] = "in_review",
        [ArticleStatus.Scheduled] = "scheduled",
        [ArticleStatus.Published] = "published",
        [ArticleStatus.Unpublished] = "unpublished",
    };

    public static string NameOf(ArticleStatus status) => Names[status];

    public static bool TryParse(string? name, out ArticleStatus status)
    {
        foreach (var (value, text) in Names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                status = value;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static string AllNames => string.Join(", ", Names.Values);
}
