namespace Byline.Media;

/// <summary>Where an image is shown: the stories that feature it or show it in their text, and whether it is the site's logo.</summary>
public sealed record MediaUsage(IReadOnlyList<StoryUsingMedia> Stories, bool IsSiteLogo)
{
    public bool InUse => Stories.Count > 0 || IsSiteLogo;

    /// <summary>The stories that lose their featured image when the image is deleted.</summary>
    public IReadOnlyList<StoryUsingMedia> Featuring => Stories.Where(s => s.Featured).ToList();

    /// <summary>The stories whose text keeps pointing at the image when it is deleted: they show a broken image until edited.</summary>
    public IReadOnlyList<StoryUsingMedia> ShowingInText => Stories.Where(s => s.InText).ToList();
}
