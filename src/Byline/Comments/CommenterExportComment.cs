namespace Byline.Comments;

/// <summary>
/// One comment in a commenter's export: what they gave and what the site recorded about it. Nothing of anyone else:
/// a reply names the comment it answers by id only.
/// </summary>
public sealed record CommenterExportComment(
    int Id,
    string Story,
    string? StoryUrl,
    string? CommentUrl,
    int? ReplyToCommentId,
    string Name,
    string Email,
    string? Website,
    string Body,
    string Status,
    string? HoldReason,
    DateTimeOffset PostedAt,
    DateTimeOffset? EditedAt,
    bool PostedAsStaff,
    string? ClientAddressHash,
    string? AvatarSeed);
