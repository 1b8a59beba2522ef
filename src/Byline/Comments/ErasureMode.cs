namespace Byline.Comments;

/// <summary>What becomes of a commenter's comments when an admin erases what is stored about their email.</summary>
public enum ErasureMode
{
    /// <summary>The words go: each comment reads "This comment was deleted.", by "Deleted".</summary>
    Delete,

    /// <summary>The words stay, by "Anonymous", with no website.</summary>
    Anonymize,
}
