namespace Byline.Transfer.Markdown;

/// <summary>A published correction: its date (ISO 8601 with offset) and its text.</summary>
public sealed class StoryCorrection
{
    public string? Date { get; set; }
    public string? Text { get; set; }
}
