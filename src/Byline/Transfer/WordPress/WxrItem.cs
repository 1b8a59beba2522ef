namespace Byline.Transfer.WordPress;

/// <summary>
/// One <c>&lt;item&gt;</c> of the export: a post, a page, an attachment or anything else WordPress stores as a post.
/// Values are as written in the file; the importer decides what they mean.
/// </summary>
public sealed record WxrItem(
    int Line,
    string PostId,
    string PostType,
    string Status,
    string Title,
    string Link,
    string GuidText,
    string Slug,
    string Creator,
    string Content,
    string Excerpt,
    string PubDate,
    string PostDate,
    string PostDateGmt,
    string Password,
    string ParentId,
    string AttachmentUrl,
    IReadOnlyList<WxrItemTerm> Terms,
    IReadOnlyDictionary<string, string> Meta,
    IReadOnlyList<WxrComment> Comments);
