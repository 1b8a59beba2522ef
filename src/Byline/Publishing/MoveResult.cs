namespace Byline.Publishing;

/// <summary>The outcome of a workflow move or a save, with a message a person understands when it did not happen.</summary>
public sealed record MoveResult(MoveOutcome Outcome, string Message)
{
    public bool Succeeded => Outcome == MoveOutcome.Done;

    public static MoveResult Done(string message) => new(MoveOutcome.Done, message);

    public static MoveResult NotFound() => new(MoveOutcome.NotFound, "There is no such story.");

    public static MoveResult Forbidden(string message) => new(MoveOutcome.Forbidden, message);

    public static MoveResult Conflict(string message) => new(MoveOutcome.Conflict, message);

    public static MoveResult Invalid(string message) => new(MoveOutcome.Invalid, message);
}
