namespace Byline.Transfer;

/// <summary>How far a backup or restore has come with one kind of record: <see cref="Done"/> once the kind is complete.</summary>
public sealed record TransferProgress(string Kind, long Count, bool Done);
