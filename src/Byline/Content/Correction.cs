namespace Byline.Content;

/// <summary>A dated public note on a published story, shown in its corrections box and on /corrections.</summary>
public sealed class Correction
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? CreatedById { get; set; }
}
