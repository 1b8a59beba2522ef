namespace Byline.Publishing;

/// <summary>One choice of the "About" list: a top-level block of the saved body, by its number and the start of its text.</summary>
public sealed record NoteParagraph(int Index, string Label);
