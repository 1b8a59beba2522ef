namespace Byline.Comments;

public enum IntakeOutcome
{
    /// <summary>Stored (approved, held or as spam, as the rules decided).</summary>
    Stored,

    /// <summary>
    /// The same person posted the same words on this story a moment ago (<see cref="CommentIntake.RepeatWindow"/>): a
    /// second press of Post. Nothing new is stored; the result carries the comment the first press stored.
    /// </summary>
    Repeated,

    /// <summary>The same person already posted the same words on this story, longer ago.</summary>
    Duplicate,

    /// <summary>The form token it came with has already posted a comment.</summary>
    FormUsed,

    /// <summary>Too many comments from this address or email in the window.</summary>
    TooMany,

    /// <summary>A reply to a comment that is not published on this story.</summary>
    InvalidParent,
}
