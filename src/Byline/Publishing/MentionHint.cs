namespace Byline.Publishing;

/// <summary>A member a note on this story can mention, shown where notes are written: "@anaruiz (Ana Ruiz)".</summary>
public sealed record MentionHint(string Handle, string Name);
