using Byline.Outcomes;

namespace Byline.Publishing;

/// <summary>
/// The outcome of saving the editor's form and then moving the story: <see cref="Move"/> is null when the form did not
/// save (see <see cref="Save"/>); otherwise the move's outcome, and when it was refused the save was undone too.
/// </summary>
public sealed record SaveAndMoveResult(Outcome<StoryVersion> Save, Outcome? Move);
