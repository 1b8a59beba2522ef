namespace Byline.Media;

/// <summary>Where an image is shown: the stories that feature it, and whether it is the site's logo.</summary>
public sealed record MediaUsage(IReadOnlyList<StoryUsingMedia> Stories, bool IsSiteLogo)
{
    public bool InUse => Stories.Count > 0 || IsSiteLogo;
}
