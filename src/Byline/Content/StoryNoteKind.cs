namespace Byline.Content;

public enum StoryNoteKind
{
    /// <summary>A note or reply written in the notes panel.</summary>
    Note = 0,

    /// <summary>What an editor wrote when sending the story back to its author ("needs changes").</summary>
    SentBack = 1,
}
