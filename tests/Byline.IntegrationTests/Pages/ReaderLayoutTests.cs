using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Byline.Testing;

namespace Byline.IntegrationTests.Pages;

/// <summary>The reader theme's frame around every page: the header's menus and forms, the fonts, the typography.</summary>
public sealed partial class ReaderLayoutTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private static string? CurrentSection(IHtmlDocument page) =>
        page.QuerySelectorAll("nav.sections-nav a[aria-current]") switch
        {
            { Length: 0 } => null,
            var marked => Assert.Single(marked).GetAttribute("href"),
        };

    [Fact]
    public async Task The_section_menu_marks_a_section_as_the_current_page_on_that_sections_own_page_only()
    {
        var section = await _reader.GetDocumentAsync("/city");
        var story = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));
        var front = await _reader.GetDocumentAsync("/");

        Assert.Equal("/city", CurrentSection(section));
        Assert.Equal("page", section.QuerySelector("nav.sections-nav a[href='/city']")!.GetAttribute("aria-current"));
        Assert.Null(CurrentSection(story));
        Assert.Null(CurrentSection(front));
    }

    [Theory]
    [InlineData("/search?q=tram", HttpStatusCode.OK)]
    [InlineData("/no-such-page-at-all", HttpStatusCode.NotFound)]
    public async Task The_header_search_and_the_pages_own_search_are_two_landmarks_with_different_names(string path, HttpStatusCode status)
    {
        using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(status, response.StatusCode);
        var forms = page.QuerySelectorAll("form[role=search]");
        Assert.Equal(2, forms.Length);
        var names = forms.Select(f => f.GetAttribute("aria-label")).ToList();
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(2, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task A_phone_gets_a_link_to_the_search_page_beside_the_header_form()
    {
        var page = await _reader.GetDocumentAsync("/");

        var link = page.QuerySelector("header.masthead a.masthead__search")!;
        Assert.Equal("/search", link.GetAttribute("href"));
        Assert.Equal("Search", link.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header.masthead form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task The_comment_form_says_once_that_the_email_address_is_never_published()
    {
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));

        var form = page.QuerySelector("form.comment-form")!;
        Assert.Single(NeverPublished().Matches(form.TextContent));
        Assert.Equal("Your email address will never be published.", page.QuerySelector("#comment-email-hint")!.TextContent);
    }

    [Fact]
    public async Task Headlines_and_standfirsts_have_curly_apostrophes_on_the_story_page_and_in_lists()
    {
        var path = await host.PathOfAsync(Stories.Footbridge);
        var story = await _reader.GetDocumentAsync(path);
        var section = await _reader.GetDocumentAsync("/city");

        var headline = story.QuerySelector("h1")!.TextContent;
        Assert.Contains("council’s plan", headline, StringComparison.Ordinal);
        Assert.DoesNotContain('\'', headline);
        Assert.Contains("council’s plan", story.Title, StringComparison.Ordinal);
        var card = section.QuerySelectorAll(".story-card__headline a").Single(a => a.GetAttribute("href") == path);
        Assert.Contains("council’s plan", card.TextContent, StringComparison.Ordinal);
        var body = story.QuerySelector(".story__body")!;
        Assert.DoesNotContain('"', body.TextContent);
        Assert.Contains("“The tram is the thing", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quotations_source_is_the_caption_of_a_figure_around_the_blockquote()
    {
        var story = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));

        var figure = Assert.Single(story.QuerySelectorAll(".story__body figure.quote"));
        Assert.StartsWith("“I run a café", figure.QuerySelector("blockquote")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("— Kofi Arden-Lowe, owner of the Cut Café on Bridge Street", figure.QuerySelector("figcaption")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_preloaded_fonts_are_the_stylesheets_own_served_by_the_site_and_cached_for_a_year()
    {
        var page = await _reader.GetDocumentAsync("/");
        var css = await _reader.GetStringAsync(new Uri(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!, UriKind.Relative), TestContext.Current.CancellationToken);
        var named = FontUrl().Matches(css).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var preloads = page.QuerySelectorAll("link[rel=preload][as=font]").Select(l => l.GetAttribute("href")!).ToList();

        // Two families' faces (serif regular, italic, 600; sans) in three subsets each: latin-basic, latin-accented, latin-ext.
        Assert.Equal(12, named.Count);
        Assert.NotEmpty(preloads);
        Assert.All(preloads, href => Assert.Contains(href, named));
        // What every English page draws its first screen with; accented letters and latin-ext come when a page shows one.
        Assert.All(preloads, href => Assert.Contains("-latin-basic-", href, StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("link[rel=preload][as=font]"), l => Assert.True(l.HasAttribute("crossorigin")));
        foreach (var font in named)
        {
            using var response = await _reader.GetAsync(new Uri(font, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("font/woff2", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        }
        using var licence = await _reader.GetAsync(new Uri("/fonts/source-serif-4-LICENSE.txt", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("SIL Open Font License", await licence.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [GeneratedRegex("never be published", RegexOptions.IgnoreCase)]
    private static partial Regex NeverPublished();

    [GeneratedRegex(@"url\((/fonts/[^)]+\.woff2)\)")]
    private static partial Regex FontUrl();
}
