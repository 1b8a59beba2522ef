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
}
