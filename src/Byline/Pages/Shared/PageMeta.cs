namespace Byline.Pages.Shared;

/// <summary>What a reader page puts in its &lt;head&gt;: title, description, canonical link, paging links, extra feeds.</summary>
public sealed record PageMeta
{
    /// <summary>The page's own title; the layout appends the site title.</summary>
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>Site path of the canonical URL; absent for pages that must not claim one (errors).</summary>
    public string? CanonicalPath { get; init; }
    public bool NoIndex { get; init; }
    public string? PreviousPagePath { get; init; }
    public string? NextPagePath { get; init; }

    /// <summary>A feed of just this page's stories (a section's, an author's), offered beside the site feeds.</summary>
    public FeedLink? Feed { get; init; }

    /// <summary>The page's Open Graph type: <c>website</c>, or <c>article</c> for a story.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>The title and description shared on social networks when they differ from the page's (a story's headline and standfirst).</summary>
    public string? SocialTitle { get; init; }
    public string? SocialDescription { get; init; }

    /// <summary>The page's own picture for social networks; without one, the layout offers the site's default sharing image.</summary>
    public SocialImage? Image { get; init; }

    /// <summary>The page's schema.org JSON-LD, written by <see cref="Shared.JsonLd"/> (the layout puts it in a script element).</summary>
    public Func<JsonLdContext, string>? JsonLd { get; init; }
}
