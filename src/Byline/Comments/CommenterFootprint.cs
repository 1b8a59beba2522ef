namespace Byline.Comments;

/// <summary>How many comments are stored with one email address, per state, and on how many stories.</summary>
public sealed record CommenterFootprint(ModerationCounts Counts, int Stories)
{
    public int Total => Counts.Pending + Counts.Approved + Counts.Spam + Counts.Trash;
}
