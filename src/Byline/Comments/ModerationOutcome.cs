namespace Byline.Comments;

public enum ModerationOutcome
{
    Done,
    NotFound,
    Invalid,

    /// <summary>The comment is not in a state that allows it, such as a reply to a comment that is not approved.</summary>
    Conflict,
}
