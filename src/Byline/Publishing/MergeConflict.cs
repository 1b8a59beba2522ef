namespace Byline.Publishing;

/// <summary>
/// One place where both sides changed the same lines differently: the lines as they were (<see cref="Base"/>), as the
/// member wrote them (<see cref="Mine"/>) and as the other person saved them (<see cref="Theirs"/>), each joined by "\n".
/// </summary>
public sealed record MergeConflict(string Base, string Mine, string Theirs);
