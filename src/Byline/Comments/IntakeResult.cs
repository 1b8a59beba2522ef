namespace Byline.Comments;

public sealed record IntakeResult(IntakeOutcome Outcome, Comment? Comment, string? Message, TimeSpan? RetryAfter = null);
