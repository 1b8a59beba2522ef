namespace Byline.Content;

/// <summary>A story as it was at one save: who saved it, when, and everything an editor can change.</summary>
public sealed class Revision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Number { get; set; }

    /// <summary>
    /// The story's version once this text was saved, so a later save can find the text it was written from (the base of
    /// a three-way merge); null for a conflicting copy, which no version holds, and for revisions older than this field.
    /// </summary>
    public int? Version { get; set; }
    public required string Headline { get; set; }
    public required string Slug { get; set; }
    public string Standfirst { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public int SectionId { get; set; }

    /// <summary>Tag names, comma separated, as they were.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Author person ids in byline order, comma separated.</summary>
    public string AuthorIds { get; set; } = "";
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public int? FeaturedImageId { get; set; }
    public bool CommentsOpen { get; set; } = true;
    public StoryKind Kind { get; set; } = StoryKind.News;
    public int? SavedById { get; set; }
    public required string SavedByName { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    /// <summary>Why this revision exists when it is not a plain save: "Restored revision 3", "Autosave".</summary>
    public string Note { get; set; } = "";
}
