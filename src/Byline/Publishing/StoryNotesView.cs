using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// Everything the notes panel shows of one story, for one member: open threads first, resolved ones apart, the
/// paragraphs a new note can be about, who can be mentioned, and the note the story was last sent back with while it
/// waits for its author.
/// </summary>
public sealed record StoryNotesView(
    int ArticleId,
    string Headline,
    bool CanEditStory,
    IReadOnlyList<NoteThread> Open,
    IReadOnlyList<NoteThread> Resolved,
    IReadOnlyList<NoteParagraph> Paragraphs,
    IReadOnlyList<MentionHint> Mentionable,
    StoryNote? SentBack)
{
    /// <summary>Where the member reads the notes: the story's page when they may edit it, the notes page otherwise.</summary>
    public string Address => CanEditStory ? $"/newsroom/stories/{ArticleId}#notes" : $"/newsroom/stories/{ArticleId}/notes";
}
