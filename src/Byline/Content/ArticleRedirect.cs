namespace Byline.Content;

/// <summary>An old path of a story (an earlier slug, section or date, or an imported permalink) that answers 301 forever.</summary>
public sealed class ArticleRedirect
{
    public const int PathMaxLength = 400;

    public int Id { get; set; }
    public required string Path { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public DateTimeOffset CreatedAt { get; set; }
}
