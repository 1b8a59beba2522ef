namespace Byline.Content;

/// <summary>
/// A note staff leave on a story: about the whole story or one paragraph of its body, answered by replies (one level),
/// and resolved once dealt with. Notes are newsroom talk: no public page, feed, export for readers or public API shows them.
/// </summary>
public sealed class StoryNote
{
    public const int BodyMaxLength = 4000;
    public const int AuthorNameMaxLength = 120;

    /// <summary>How much of the paragraph's text is kept, enough to find it again when paragraphs move.</summary>
    public const int AnchorTextMaxLength = 120;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;

    /// <summary>The note this one answers; null for a note that starts a thread. A reply is never answered itself.</summary>
    public int? ParentId { get; set; }
    public StoryNoteKind Kind { get; set; }

    /// <summary>The member who wrote it (null once their account is gone), and their name as it was then.</summary>
    public int? AuthorId { get; set; }
    public required string AuthorName { get; set; }

    /// <summary>Plain text, encoded when shown.</summary>
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The top-level block of the body the note is about, as it was numbered (from 0) when the note was written.</summary>
    public int? AnchorIndex { get; set; }

    /// <summary>The start of that paragraph's plain text then, to find it again (or to say it has changed).</summary>
    public string? AnchorText { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
    public int? ResolvedById { get; set; }
    public string? ResolvedByName { get; set; }
}
