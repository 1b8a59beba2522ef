namespace Byline.Transfer.Markdown;

/// <summary>A correction of a story file once its date is read.</summary>
public sealed record DatedCorrection(DateTimeOffset Date, string Text);
