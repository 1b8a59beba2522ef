namespace Byline.Content;

/// <summary>The life of a story. Only <c>Published</c> stories are visible to readers.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Unpublished,
}
