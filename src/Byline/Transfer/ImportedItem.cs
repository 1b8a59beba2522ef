namespace Byline.Transfer;

/// <summary>
/// What an import made from one item of another system (a WordPress post, term, author, comment or attachment), so that
/// a second run of the same file finds it and adds nothing twice.
/// </summary>
public sealed class ImportedItem
{
    public const int SourceMaxLength = 300;
    public const int KindMaxLength = 20;
    public const int ExternalIdMaxLength = 200;

    public int Id { get; set; }

    /// <summary>Where the item came from: for WordPress, the exported site's base URL ("wordpress:https://example.org").</summary>
    public required string Source { get; set; }

    /// <summary>"post", "category", "tag", "author", "comment" or "attachment".</summary>
    public required string Kind { get; set; }

    /// <summary>The item's id in the other system (a post id, a term slug, an author login).</summary>
    public required string ExternalId { get; set; }

    /// <summary>The id of the row it became here (a story, section, tag, person, comment or media item).</summary>
    public int LocalId { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
