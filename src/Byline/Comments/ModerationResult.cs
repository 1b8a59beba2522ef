namespace Byline.Comments;

/// <summary>The outcome of a moderation action, with a message a moderator understands, and the comments it changed or created.</summary>
public sealed record ModerationResult(ModerationOutcome Outcome, string Message, IReadOnlyList<int> CommentIds)
{
    public bool Succeeded => Outcome == ModerationOutcome.Done;

    public static ModerationResult Done(string message, IReadOnlyList<int> commentIds) => new(ModerationOutcome.Done, message, commentIds);

    public static ModerationResult NotFound(string message) => new(ModerationOutcome.NotFound, message, []);

    public static ModerationResult Invalid(string message) => new(ModerationOutcome.Invalid, message, []);

    public static ModerationResult Conflict(string message) => new(ModerationOutcome.Conflict, message, []);
}
