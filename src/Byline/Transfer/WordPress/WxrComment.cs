namespace Byline.Transfer.WordPress;

/// <summary>A <c>wp:comment</c> of an item. <see cref="Approved"/> is WordPress's state: "1", "0" (held), "spam" or "trash".</summary>
public sealed record WxrComment(
    int Line,
    string Id,
    string ParentId,
    string AuthorName,
    string AuthorEmail,
    string AuthorUrl,
    string Date,
    string DateGmt,
    string Content,
    string Approved,
    string Type);
