namespace Byline.Content;

/// <summary>The life of a story. Only <c>Published</c> stories are visible to readers.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Unpublished,

    /// <summary>Written by an import that is still running: seen by nobody, and removed if the import does not complete.</summary>
    Importing,
}
