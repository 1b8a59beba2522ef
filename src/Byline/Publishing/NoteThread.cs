using Byline.Content;

namespace Byline.Publishing;

/// <summary>
/// A note with its replies, as the notes panel shows it: <see cref="Quote"/> is the start of the paragraph it is about
/// (null for a note on the whole story), <see cref="AnchorChanged"/> says that paragraph is no longer in the body, and
/// <see cref="ParagraphIndex"/> is where it stands now.
/// </summary>
public sealed record NoteThread(StoryNote Note, IReadOnlyList<StoryNote> Replies, string? Quote, bool AnchorChanged, int? ParagraphIndex, bool CanResolve);
