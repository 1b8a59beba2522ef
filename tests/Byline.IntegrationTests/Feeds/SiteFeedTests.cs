using System.Text.Json.Nodes;
using System.Xml.Linq;
using Byline.Testing;

namespace Byline.IntegrationTests.Feeds;

public sealed class SiteFeedTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const int FeedLimit = 20;

    private static readonly XNamespace Atom = FeedView.Atom;

    private Uri Site => host.BaseAddress;

    private string Absolute(string path) => new Uri(Site, path).AbsoluteUri;

    [Fact]
    public async Task The_site_feed_is_rss_2_0_with_a_channel_that_names_the_site_and_links_to_itself()
    {
        using var reader = host.CreateReader();
        var fetched = await reader.FetchOkAsync("/feed");

        Assert.Equal("application/rss+xml", fetched.MediaType);
        var rss = fetched.Xml().Root;
        Assert.NotNull(rss);
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = rss.Element("channel");
        Assert.NotNull(channel);
        Assert.False(string.IsNullOrWhiteSpace((string?)channel.Element("title")));
        Assert.False(string.IsNullOrWhiteSpace((string?)channel.Element("description")));
        Assert.Equal(Absolute("/"), (string?)channel.Element("link"));
        var self = Assert.Single(channel.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(Absolute("/feed"), (string?)self.Attribute("href"));
        Assert.Equal("application/rss+xml", (string?)self.Attribute("type"));
    }

    [Fact]
    public async Task The_rss_feed_lists_every_published_story_newest_first()
    {
        using var reader = host.CreateReader();
        var feed = FeedView.FromRss((await reader.FetchOkAsync("/feed")).Xml(), Site);

        Assert.InRange(feed.Entries.Count, 1, FeedLimit);
        Assert.Equal(SampleSite.Stories.Count, feed.Entries.Count);
        Assert.Equal(SampleSite.SlugsWhere(_ => true), feed.Slugs);
        feed.AssertNewestFirst();
    }

    [Fact]
    public async Task Every_rss_item_has_a_title_permalink_guid_summary_byline_and_the_full_story_as_html()
    {
        using var reader = host.CreateReader();
        var channel = (await reader.FetchOkAsync("/feed")).Xml().Root!.Element("channel")!;
        var items = channel.Elements("item").ToList();

        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)item.Element("title")));
            var url = ArticleUrl.Parse((string?)item.Element("link"), Site);
            var story = SampleSite.Story(url.Slug);
            Assert.Equal(story.Section, url.Section);
            url.AssertDatedBy(MachineDates.Rfc822((string?)item.Element("pubDate")));
            Assert.False(string.IsNullOrWhiteSpace((string?)item.Element("guid")), $"{url.Slug} has no guid");
            Assert.False(string.IsNullOrWhiteSpace((string?)item.Element("description")), $"{url.Slug} has no description");
            Assert.Equal(story.AuthorNames, item.Elements(FeedView.Dc + "creator").Select(c => c.Value));
            var html = Html.Parse((string?)item.Element(FeedView.Content + "encoded") ?? "");
            Assert.NotEmpty(html.QuerySelectorAll("p"));
        }
        Assert.Equal(items.Count, items.Select(i => (string?)i.Element("guid")).Distinct().Count());
    }

    [Fact]
    public async Task The_atom_feed_is_atom_1_0_with_id_title_updated_self_link_and_author()
    {
        using var reader = host.CreateReader();
        var fetched = await reader.FetchOkAsync("/feed/atom");

        Assert.Equal("application/atom+xml", fetched.MediaType);
        var feed = fetched.Xml().Root;
        Assert.NotNull(feed);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace((string?)feed.Element(Atom + "id")));
        Assert.False(string.IsNullOrWhiteSpace((string?)feed.Element(Atom + "title")));
        var updated = MachineDates.Rfc3339((string?)feed.Element(Atom + "updated"));
        var self = Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(Absolute("/feed/atom"), (string?)self.Attribute("href"));
        var author = Assert.Single(feed.Elements(Atom + "author"));
        Assert.False(string.IsNullOrWhiteSpace((string?)author.Element(Atom + "name")));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            Assert.True(updated >= MachineDates.Rfc3339((string?)entry.Element(Atom + "updated")),
                "the feed's updated is older than one of its entries");
        }
    }

    [Fact]
    public async Task Every_atom_entry_has_id_title_dates_authors_link_summary_and_html_content_newest_first()
    {
        using var reader = host.CreateReader();
        var document = (await reader.FetchOkAsync("/feed/atom")).Xml();
        var entries = document.Root!.Elements(Atom + "entry").ToList();

        Assert.Equal(SampleSite.Stories.Count, entries.Count);
        foreach (var entry in entries)
        {
            var url = ArticleUrl.Parse((string?)FeedView.AlternateLink(entry)?.Attribute("href"), Site);
            var story = SampleSite.Story(url.Slug);
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Element(Atom + "id")), $"{url.Slug} has no id");
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Element(Atom + "title")), $"{url.Slug} has no title");
            var published = MachineDates.Rfc3339((string?)entry.Element(Atom + "published"));
            var updated = MachineDates.Rfc3339((string?)entry.Element(Atom + "updated"));
            Assert.True(updated >= published, $"{url.Slug} was updated before it was published");
            url.AssertDatedBy(published);
            Assert.Equal(story.AuthorNames, entry.Elements(Atom + "author").Select(a => (string?)a.Element(Atom + "name")));
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Element(Atom + "summary")), $"{url.Slug} has no summary");
            var content = entry.Element(Atom + "content");
            Assert.NotNull(content);
            Assert.Equal("html", (string?)content.Attribute("type"));
            Assert.NotEmpty(Html.Parse(content.Value).QuerySelectorAll("p"));
        }
        Assert.Equal(entries.Count, entries.Select(e => (string?)e.Element(Atom + "id")).Distinct().Count());
        FeedView.FromAtom(document, Site).AssertNewestFirst();
    }

    [Fact]
    public async Task The_json_feed_is_version_1_1_with_title_home_page_and_feed_url()
    {
        using var reader = host.CreateReader();
        var fetched = await reader.FetchOkAsync("/feed/json");

        Assert.Equal("application/feed+json", fetched.MediaType);
        var feed = fetched.Json();
        Assert.Equal("https://jsonfeed.org/version/1.1", (string?)feed["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)feed["title"]));
        Assert.Equal(Absolute("/"), (string?)feed["home_page_url"]);
        Assert.Equal(Absolute("/feed/json"), (string?)feed["feed_url"]);
    }

    [Fact]
    public async Task Every_json_feed_item_has_id_url_title_html_date_and_authors_newest_first()
    {
        using var reader = host.CreateReader();
        var feed = (await reader.FetchOkAsync("/feed/json")).Json();
        var items = Assert.IsType<JsonArray>(feed["items"]);

        Assert.Equal(SampleSite.Stories.Count, items.Count);
        foreach (var item in items.Select(i => Assert.IsType<JsonObject>(i)))
        {
            var url = ArticleUrl.Parse((string?)item["url"], Site);
            var story = SampleSite.Story(url.Slug);
            Assert.False(string.IsNullOrWhiteSpace((string?)item["id"]), $"{url.Slug} has no id");
            Assert.False(string.IsNullOrWhiteSpace((string?)item["title"]), $"{url.Slug} has no title");
            Assert.NotEmpty(Html.Parse((string?)item["content_html"] ?? "").QuerySelectorAll("p"));
            url.AssertDatedBy(MachineDates.Rfc3339((string?)item["date_published"]));
            var authors = Assert.IsType<JsonArray>(item["authors"]);
            Assert.Equal(story.AuthorNames, authors.Select(a => (string?)a!["name"]));
        }
        Assert.Equal(items.Count, items.Select(i => (string?)i!["id"]).Distinct().Count());
        FeedView.FromJson(feed, Site).AssertNewestFirst();
    }

    [Fact]
    public async Task Every_link_in_the_site_feed_opens_its_article()
    {
        using var reader = host.CreateReader();
        var feed = FeedView.FromRss((await reader.FetchOkAsync("/feed")).Xml(), Site);

        foreach (var entry in feed.Entries)
        {
            var page = Html.Parse((await reader.FetchOkAsync(entry.Url.Address.AbsoluteUri)).Body);
            Assert.NotNull(page.QuerySelector("article h1"));
        }
    }
}
