namespace Byline.Comments;

/// <summary>What <see cref="CommentFormTokens.Check"/> found: the verdict and, for a genuine token, its id (empty otherwise).</summary>
public readonly record struct CheckedFormToken(CommentTokenCheck Result, Guid Id);
