using Byline.Media;

namespace Byline.Pages.Shared;

/// <summary>
/// A story's featured image in a list: the lead story's large picture, or a card's thumbnail. Only the lead (the one
/// picture on the first screen) is fetched eagerly and first; every other waits until it nears the screen.
/// </summary>
/// <param name="Sizes">How wide the theme draws it (site.css, "Front page and story ends"), for the browser's choice of variant.</param>
public sealed record CardImageView(MediaItem Image, string Sizes, bool Lead = false)
{
    /// <summary>The lead story's picture: 3/5 of the 74rem page beside its headline from 60rem, the column's width below.</summary>
    public const string LeadSizes = "(min-width: 60rem) 42rem, calc(100vw - 2.5rem)";

    /// <summary>A secondary story's picture: a third of the page from 48rem, a thumbnail below.</summary>
    public const string SecondarySizes = "(min-width: 74rem) 22rem, (min-width: 48rem) 30vw, 6.5rem";

    /// <summary>A card's thumbnail beside its headline.</summary>
    public const string ThumbnailSizes = "(min-width: 48rem) 9rem, 6.5rem";
}
