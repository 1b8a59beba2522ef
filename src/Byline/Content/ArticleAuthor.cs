namespace Byline.Content;

/// <summary>One name in a story's byline; <see cref="Position"/> keeps the order the newsroom chose.</summary>
public sealed class ArticleAuthor
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int Position { get; set; }
}
