using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Byline.Testing;

namespace Byline.IntegrationTests.Feeds;

public sealed partial class SitemapTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);

    private string Absolute(string path) => new Uri(host.BaseAddress, path).AbsoluteUri;

    [Fact]
    public async Task The_sitemap_index_lists_the_pages_sitemap_and_the_articles_sitemap_by_absolute_url()
    {
        using var reader = host.CreateReader();
        var fetched = await reader.FetchOkAsync("/sitemap.xml");

        Assert.Equal("application/xml", fetched.MediaType);
        var index = fetched.Xml().Root;
        Assert.NotNull(index);
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var locs = index.Elements(Sitemaps + "sitemap").Select(s => (string?)s.Element(Sitemaps + "loc")).ToList();
        Assert.Equal([Absolute("/sitemap-pages.xml"), Absolute("/sitemap-articles-1.xml")], locs);
    }

    [Fact]
    public async Task Every_sitemap_the_index_names_is_a_urlset()
    {
        using var reader = host.CreateReader();
        var index = (await reader.FetchOkAsync("/sitemap.xml")).Xml().Root!;

        foreach (var loc in index.Elements(Sitemaps + "sitemap").Select(s => (string)s.Element(Sitemaps + "loc")!))
        {
            var sitemap = await reader.FetchOkAsync(loc);
            Assert.Equal("application/xml", sitemap.MediaType);
            Assert.Equal(Sitemaps + "urlset", sitemap.Xml().Root!.Name);
        }
    }

    [Fact]
    public async Task The_articles_sitemap_lists_every_published_story_with_a_w3c_lastmod()
    {
        using var reader = host.CreateReader();
        var urls = UrlsOf((await reader.FetchOkAsync("/sitemap-articles-1.xml")).Xml());

        Assert.Equal(SampleSite.Stories.Count, urls.Count);
        var articles = urls.Select(u => ArticleUrl.Parse(u.Loc, host.BaseAddress)).ToList();
        Assert.Equal(SampleSite.SlugsWhere(_ => true), articles.Select(a => a.Slug).ToHashSet());
        Assert.All(articles, a => Assert.Equal(SampleSite.Story(a.Slug).Section, a.Section));
        Assert.All(urls, u => MachineDates.W3C(u.LastModified));
    }

    [Fact]
    public async Task Every_article_in_the_articles_sitemap_answers_200_and_was_last_modified_when_lastmod_says()
    {
        using var reader = host.CreateReader();
        var urls = UrlsOf((await reader.FetchOkAsync("/sitemap-articles-1.xml")).Xml());

        Assert.NotEmpty(urls);
        foreach (var (loc, lastModified) in urls)
        {
            var page = Html.Parse((await reader.FetchOkAsync(loc!)).Body);
            var modified = page.QuerySelector("meta[property='article:modified_time']")?.GetAttribute("content");
            Assert.Equal(MachineDates.Rfc3339(modified), MachineDates.W3C(lastModified));
        }
    }

    [Fact]
    public async Task The_pages_sitemap_lists_the_home_page_every_section_every_tag_and_every_author()
    {
        using var reader = host.CreateReader();
        var locs = UrlsOf((await reader.FetchOkAsync("/sitemap-pages.xml")).Xml()).Select(u => u.Loc).ToList();

        Assert.Contains(Absolute("/"), locs);
        Assert.All(SampleSite.Sections, s => Assert.Contains(Absolute("/" + s), locs));
        Assert.All(SampleSite.People.Keys, p => Assert.Contains(Absolute("/author/" + p), locs));
        var tags = locs.Where(l => l!.StartsWith(Absolute("/tag/"), StringComparison.Ordinal)).ToList();
        Assert.All(tags, t => Assert.Matches(TagUrl(), new Uri(t!).AbsolutePath));
        var sampleTags = SampleSite.Stories.SelectMany(s => s.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        Assert.Equal(sampleTags, tags.Count);
        // The sample newsroom's seven static pages (About, Contact, the masthead and the policies) are listed too.
        var staticPages = locs.Count(l => new[] { "/about", "/contact", "/masthead", "/ethics", "/corrections-policy", "/comment-policy", "/privacy" }
            .Contains(new Uri(l!).AbsolutePath));
        Assert.Equal(7, staticPages);
        Assert.Equal(1 + SampleSite.Sections.Count + sampleTags + SampleSite.People.Count + staticPages, locs.Count);
        Assert.Equal(locs.Count, locs.Distinct().Count());
    }

    [Fact]
    public async Task Every_page_in_the_pages_sitemap_answers_200()
    {
        using var reader = host.CreateReader();
        var urls = UrlsOf((await reader.FetchOkAsync("/sitemap-pages.xml")).Xml());

        Assert.NotEmpty(urls);
        foreach (var (loc, lastModified) in urls)
        {
            await reader.FetchOkAsync(loc!);
            if (lastModified is not null)
            {
                MachineDates.W3C(lastModified);
            }
        }
    }

    [Theory]
    [InlineData("/sitemap-articles-0.xml")]
    [InlineData("/sitemap-articles-2.xml")]
    public async Task An_articles_sitemap_page_that_holds_no_stories_is_not_found(string path)
    {
        using var reader = host.CreateReader();

        var fetched = await reader.FetchAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, fetched.Status);
    }

    [Fact]
    public async Task The_news_sitemap_lists_exactly_the_stories_published_in_the_last_48_hours()
    {
        using var reader = host.CreateReader();
        var news = (await reader.FetchOkAsync("/news-sitemap.xml")).Xml();
        var listed = UrlsOf(news).Select(u => ArticleUrl.Parse(u.Loc, host.BaseAddress).Slug).ToList();

        var recent = new HashSet<string>();
        foreach (var (loc, _) in UrlsOf((await reader.FetchOkAsync("/sitemap-articles-1.xml")).Xml()))
        {
            var page = Html.Parse((await reader.FetchOkAsync(loc!)).Body);
            var published = MachineDates.Rfc3339(page.QuerySelector("article header time[datetime]")?.GetAttribute("datetime"));
            if (published > DateTimeOffset.UtcNow - NewsWindow)
            {
                recent.Add(ArticleUrl.Parse(loc, host.BaseAddress).Slug);
            }
        }

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(recent, listed.ToHashSet());
        Assert.Equal(SampleSite.SlugsWhere(s => s.PublishedHoursAgo < NewsWindow.TotalHours), recent);
    }

    [Fact]
    public async Task Every_news_sitemap_entry_names_the_publication_and_gives_the_stories_date_and_title()
    {
        using var reader = host.CreateReader();
        var fetched = await reader.FetchOkAsync("/news-sitemap.xml");
        var urlset = fetched.Xml().Root;

        Assert.Equal("application/xml", fetched.MediaType);
        Assert.NotNull(urlset);
        Assert.Equal(Sitemaps + "urlset", urlset.Name);
        var urls = urlset.Elements(Sitemaps + "url").ToList();
        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            var loc = (string?)url.Element(Sitemaps + "loc");
            var article = ArticleUrl.Parse(loc, host.BaseAddress);
            var entry = url.Element(News + "news");
            Assert.NotNull(entry);
            var publication = entry.Element(News + "publication");
            Assert.NotNull(publication);
            Assert.False(string.IsNullOrWhiteSpace((string?)publication.Element(News + "name")), $"{article.Slug} names no publication");
            Assert.Matches(LanguageCode(), (string?)publication.Element(News + "language") ?? "");
            var published = MachineDates.W3C((string?)entry.Element(News + "publication_date"));
            article.AssertDatedBy(published);
            var title = (string?)entry.Element(News + "title");

            var page = Html.Parse((await reader.FetchOkAsync(loc!)).Body);
            Assert.Equal(page.QuerySelector("article h1")?.TextContent.Trim(), title);
            Assert.Equal(MachineDates.Rfc3339(page.QuerySelector("article header time[datetime]")?.GetAttribute("datetime")), published);
        }
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemap-pages.xml")]
    [InlineData("/sitemap-articles-1.xml")]
    [InlineData("/news-sitemap.xml")]
    public async Task No_sitemap_contains_a_commenters_email_address(string path)
    {
        using var reader = host.CreateReader();

        var fetched = await reader.FetchOkAsync(path);

        Assert.DoesNotContain("@example.", fetched.Body, StringComparison.OrdinalIgnoreCase);
    }

    private static List<(string? Loc, string? LastModified)> UrlsOf(XDocument sitemap)
    {
        Assert.Equal(Sitemaps + "urlset", sitemap.Root?.Name);
        return sitemap.Root!.Elements(Sitemaps + "url")
            .Select(u => ((string?)u.Element(Sitemaps + "loc"), (string?)u.Element(Sitemaps + "lastmod")))
            .ToList();
    }

    [GeneratedRegex("^/tag/[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex TagUrl();

    /// <summary>ISO 639 (Google News also takes zh-cn and zh-tw).</summary>
    [GeneratedRegex("^(?:[a-z]{2,3}|zh-cn|zh-tw)$")]
    private static partial Regex LanguageCode();
}
