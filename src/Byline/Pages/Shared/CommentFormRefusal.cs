using Byline.Comments;

namespace Byline.Pages.Shared;

/// <summary>Why the story page sends a comment form back unread, in the reader's words, and with which status.</summary>
public sealed record CommentFormRefusal(string Message, int StatusCode)
{
    /// <summary>Null when the form's token is valid.</summary>
    public static CommentFormRefusal? ForToken(CommentTokenCheck check) => check switch
    {
        CommentTokenCheck.Valid => null,
        CommentTokenCheck.CrossSite => new("Comments can only be posted from this site's own pages.", StatusCodes.Status403Forbidden),
        // The cached page carries no token; without JavaScript the first press of Post gets one, and the second posts.
        CommentTokenCheck.Missing => new("One more step: please check your comment below and press Post again. (This extra step keeps robots out.)", StatusCodes.Status400BadRequest),
        CommentTokenCheck.Expired => new("This form has expired. Your comment is kept below: please post it again.", StatusCodes.Status400BadRequest),
        CommentTokenCheck.TooFast => new("That was quicker than anyone can read and write. If you are a person, please post again.", StatusCodes.Status400BadRequest),
        _ => new("This form could not be verified. Your comment is kept below: please post it again.", StatusCodes.Status400BadRequest),
    };

    /// <summary>A post the form reader refused, or that was far too large to read.</summary>
    public static CommentFormRefusal ForUnreadable(ReaderFormProblem problem) => problem == ReaderFormProblem.TooLarge
        ? new($"That was far more than a comment can hold (at most {Comment.BodyMaxLength:N0} characters), so it could not be read. Nothing was posted.",
            StatusCodes.Status413PayloadTooLarge)
        : new("Your comment could not be read: it held a character that no keyboard types (such as NUL). Nothing was posted; please write it again.",
            StatusCodes.Status400BadRequest);
}
