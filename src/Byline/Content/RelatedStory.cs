namespace Byline.Content;

/// <summary>
/// One place in a story's "Related stories": ranked when the story is published or edited live
/// (<c>Publishing.RelatedStories</c>), so a reader's view of the story ranks nothing. Readers see only entries whose
/// story is still published and out of the trash: the join filters them, whatever is stored.
/// </summary>
public sealed class RelatedStory
{
    /// <summary>How many related stories the end of a story shows.</summary>
    public const int PerStory = 4;

    public int ArticleId { get; set; }
    public int RelatedArticleId { get; set; }

    /// <summary>0 for the most related.</summary>
    public int Position { get; set; }
}
