using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;

namespace Byline.Publishing;

/// <summary>
/// What writing a draft left in the caller's transaction: the outcome, the story as it now stands (tracked; null when
/// it was not found or not the member's to edit), and the public pages to evict once the caller commits, if any.
/// </summary>
internal sealed record DraftWrite(Outcome<StoryVersion> Result, Article? Story, StoryCacheScope? Evict)
{
    public static DraftWrite Refused(Outcome<StoryVersion> result) => new(result, null, null);
}
