namespace Byline.Transfer.WordPress;

/// <summary>The <see cref="ImportedItem.Kind"/> values of a WordPress import.</summary>
internal static class ImportKinds
{
    public const string Post = "post";
    public const string Category = "category";
    public const string Tag = "tag";
    public const string Author = "author";
    public const string Comment = "comment";
    public const string Attachment = "attachment";

    /// <summary>A file of the uploads folder (its path there), made into a media item for an attachment or a post's image.</summary>
    public const string Upload = "upload";
}
