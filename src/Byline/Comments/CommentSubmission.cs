using System.ComponentModel.DataAnnotations;

namespace Byline.Comments;

/// <summary>
/// What a reader types into the "Leave a comment" form; the field names are a stable interface. The name and comment
/// are cleaned as they are read (see <see cref="CommentText.Normalize"/>), so the rules below judge what would be stored.
/// </summary>
public sealed class CommentSubmission
{
    /// <summary>
    /// The most a browser sends from the form: every field at its longest with every character percent-encoded
    /// (9 bytes for most scripts) comes to about 100 KB. A larger post is refused before it is read.
    /// </summary>
    public const long MaxPostBytes = 256 * 1024;

    private string? _name;
    private string? _body;

    [Required(ErrorMessage = "Please tell us your name.")]
    [StringLength(Comment.NameMaxLength, ErrorMessage = "Your name can be at most {1} characters long.")]
    public string? Name
    {
        get => _name;
        set => _name = value is null ? null : CommentText.WithoutControlCharacters(value).Trim();
    }

    [Required(ErrorMessage = "Please give your email address. It will never be published.")]
    [StringLength(Comment.EmailMaxLength, ErrorMessage = "That email address is too long (at most {1} characters).")]
    [EmailAddressWithDomain(ErrorMessage = "That does not look like an email address, for example name@example.org.")]
    public string? Email { get; set; }

    [StringLength(Comment.WebsiteMaxLength, ErrorMessage = "The website address can be at most {1} characters long.")]
    [WebAddress(ErrorMessage = "The website must be a full address starting with http:// or https://.")]
    public string? Website { get; set; }

    /// <summary>The comment this one replies to; empty for a new thread.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "That reply does not point at a comment.")]
    public int? ParentId { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by robots that fill in every field.</summary>
    public string? Homepage { get; set; }

    [Required(ErrorMessage = "Please write your comment.")]
    [StringLength(Comment.BodyMaxLength, ErrorMessage = "Your comment can be at most {1:N0} characters long.")]
    public string? Body
    {
        get => _body;
        set => _body = value is null ? null : CommentText.Normalize(value);
    }
}
