using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages;

/// <summary>
/// An article page (DESIGN.md section 2). Parts are found by role and accessible name; the few that have
/// neither (standfirst, byline links, the date, the body) by the semantic markup the design asks for.
/// </summary>
public sealed partial class ArticlePage(IPage page)
{
    /// <summary>The story itself: the article in the main content that holds the page's h1 (comments are articles too).</summary>
    public ILocator Story => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Article)
        .Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }) });

    public ILocator Headline => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 });

    public ILocator SectionLink => Story.GetByRole(AriaRole.Link).First;

    public ILocator Standfirst => Story.Locator(".story__standfirst");

    public ILocator AuthorLinks => Story.Locator("a[rel~=author]");

    public ILocator PublicationDate => Story.Locator("time[datetime]").First;

    public ILocator ReadingTime => Story.GetByText(ReadingTimeText());

    public ILocator Body => Story.Locator(".story__body");

    public ILocator Subheadings => Body.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 2 });

    public ILocator TagLinks => Story.Locator("a[rel~=tag]");

    /// <summary>The featured image's figure, under the byline: the picture and its caption with the credit.</summary>
    public ILocator FeaturedFigure => Story.GetByRole(AriaRole.Figure);

    public ILocator FeaturedImage => FeaturedFigure.GetByRole(AriaRole.Img);

    /// <summary>
    /// The width of the image file the browser actually decoded: 0 when no file could be loaded. Waits for the image to
    /// finish loading first (it is decoded asynchronously).
    /// </summary>
    public Task<int> FeaturedImageNaturalWidthAsync() => FeaturedImage.EvaluateAsync<int>("""
        img => img.complete
            ? img.naturalWidth
            : new Promise(resolve => {
                img.addEventListener("load", () => resolve(img.naturalWidth), { once: true });
                img.addEventListener("error", () => resolve(0), { once: true });
            })
        """);

    /// <summary>The comments section, named by its heading ("3 comments", "No comments yet").</summary>
    public ILocator Comments => page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { NameRegex = CommentsName() });

    public ILocator CommentsHeading => Comments.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { NameRegex = CommentsName() });

    public ILocator ApprovedComments => Comments.GetByRole(AriaRole.Article);

    public ILocator ModerationNotice => Comments.GetByRole(AriaRole.Status);

    /// <summary>The comment on show whose text contains <paramref name="text"/>.</summary>
    public ILocator CommentContaining(string text) =>
        Comments.GetByRole(AriaRole.Article).Filter(new LocatorFilterOptions { HasText = text });

    public CommentForm CommentForm => new(page.GetByRole(AriaRole.Form, new PageGetByRoleOptions { Name = "Leave a comment" }));

    public ILocator BackToTop => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to top" });

    public ILocator Masthead => page.GetByRole(AriaRole.Banner);

    public Task<double> ScrollYAsync() => page.EvaluateAsync<double>("() => window.scrollY");

    public Task<int> DocumentScrollWidthAsync() => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    [GeneratedRegex(@"^\d+ min read$")]
    private static partial Regex ReadingTimeText();

    [GeneratedRegex(@"^(No comments yet|\d+ comments?)$")]
    private static partial Regex CommentsName();
}
