namespace Byline.BrowserTests.Reader;

/// <summary>
/// Every public page type a reader can reach, in one table that the measuring tests share: the browser sweep
/// (<see cref="ReaderPageSweepTests"/>: axe, no sideways scroll, one h1, screenshots) and the HTML validation
/// (<see cref="Validation.HtmlValidationTests"/>: vnu). A new page type is one line here, for example a static page as
/// <c>PublicPage.At("static-page", "/about")</c> or a story of another type as <c>PublicPage.Story("story-opinion", slug)</c>.
/// Names are file-name safe: they name the screenshots.
/// </summary>
public static class PublicPages
{
    public static IReadOnlyList<PublicPage> All { get; } =
    [
        PublicPage.At("front", "/"),
        PublicPage.Story("story", MeasuredSite.CorrectedStory),
        PublicPage.Story("story-explainer", "saltmarsh-footbridge-rebuild-tram-route"),
        PublicPage.Story("story-review", "corn-exchange-jazz-weekend-review"),
        PublicPage.Story("story-opinion", "opinion-give-the-night-trams-a-fair-run"),
        PublicPage.Story("story-sponsored", "sponsored-brightwater-heat-pump-questions"),
        PublicPage.At("section", "/city"),
        PublicPage.At("tag", "/tag/transport"),
        PublicPage.At("author", "/author/mara-okonkwo"),
        PublicPage.At("search", "/search?q=night+trams"),
        PublicPage.At("search-no-results", "/search?q=zeppelin+aerodrome"),
        PublicPage.At("not-found", "/no-such-page-here", status: 404),
        PublicPage.At("corrections", "/corrections"),
        PublicPage.At("static-page", "/about"),
        PublicPage.At("policy-page", "/ethics"),
    ];

    /// <summary>The names, as theory data: one test case per page type.</summary>
    public static TheoryData<string> Names() => new(All.Select(p => p.Name));

    public static PublicPage Named(string name) => All.Single(p => p.Name == name);
}
