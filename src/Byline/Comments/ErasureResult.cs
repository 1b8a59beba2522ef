namespace Byline.Comments;

/// <summary>What an erasure changed: the commenter's own comments, on how many stories, and other comments that quoted the address.</summary>
public sealed record ErasureResult(int Comments, int Stories, int Mentions);
