namespace Byline.Publishing;

public enum MoveOutcome
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>The move is not allowed from the story's current state (409 in the API sense).</summary>
    Conflict,
    Invalid,
}
