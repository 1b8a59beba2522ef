namespace Byline.ContentApi;

/// <summary>A story as <c>GET /api/v1/stories</c> lists it: never the body.</summary>
public sealed record ApiStorySummary(
    int Id,
    string Headline,
    string Standfirst,
    string Type,
    string Url,
    DateTimeOffset PublishedAt,
    DateTimeOffset? UpdatedAt,
    ApiLink Section,
    IReadOnlyList<ApiLink> Authors,
    int ReadingMinutes,
    ApiPicture? Image);

/// <summary>
/// A story as <c>GET /api/v1/stories/{id}</c> gives it: its words three ways (the rendered HTML with absolute addresses,
/// the Markdown it was written in, and the count behind its reading time), its picture and its public corrections.
/// </summary>
public sealed record ApiStory(
    int Id,
    string Headline,
    string Standfirst,
    string Slug,
    string Type,
    string Url,
    DateTimeOffset PublishedAt,
    DateTimeOffset? UpdatedAt,
    ApiLink Section,
    IReadOnlyList<ApiLink> Authors,
    IReadOnlyList<ApiLink> Tags,
    int WordCount,
    int ReadingMinutes,
    string BodyHtml,
    string BodyMarkdown,
    ApiPicture? Image,
    IReadOnlyList<ApiCorrection> Corrections);

/// <summary>A page of <c>GET /api/v1/stories</c>, newest first; <see cref="Next"/> is the next page's address, null on the last.</summary>
public sealed record ApiStoryPage(IReadOnlyList<ApiStorySummary> Stories, string? Next);

/// <summary>A picture with its words and every width it is served at (WebP and JPEG), all addresses absolute.</summary>
public sealed record ApiPicture(string Url, string Alt, string Caption, string Credit, int Width, int Height, IReadOnlyList<ApiPictureVariant> Variants);

/// <summary>One width of a picture.</summary>
public sealed record ApiPictureVariant(int Width, string Webp, string Jpeg);

/// <summary>A public correction: what was wrong and what is right, and when it was added.</summary>
public sealed record ApiCorrection(string Text, DateTimeOffset CreatedAt);

/// <summary>
/// An approved comment on a story. The commenter's email is never part of it; <see cref="Staff"/> marks a reply from
/// the newsroom.
/// </summary>
public sealed record ApiComment(int Id, int? ParentId, string AuthorName, string? AuthorWebsite, bool Staff, string BodyHtml, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, string Url);

/// <summary>A page of a story's approved comments, in the order they came in; <see cref="Next"/> is null on the last.</summary>
public sealed record ApiCommentPage(IReadOnlyList<ApiComment> Comments, string? Next);
