using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Byline.IntegrationTests.Feeds;

/// <summary>The part every feed format shares, read from RSS, Atom or JSON Feed, so scope tests can cover all three.</summary>
internal sealed record FeedView(string? SelfUrl, IReadOnlyList<FeedViewEntry> Entries)
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>The three formats, by the suffix a scope's path takes (DESIGN section 7).</summary>
    public static readonly IReadOnlyList<string> Suffixes = ["/feed", "/feed/atom", "/feed/json"];

    public static FeedView Read(string suffix, Fetched fetched, Uri site) => suffix switch
    {
        "/feed" => FromRss(fetched.Xml(), site),
        "/feed/atom" => FromAtom(fetched.Xml(), site),
        "/feed/json" => FromJson(fetched.Json(), site),
        _ => throw new ArgumentOutOfRangeException(nameof(suffix), suffix, "not a feed suffix"),
    };

    public static FeedView FromRss(XDocument document, Uri site)
    {
        var channel = document.Root?.Element("channel");
        Assert.NotNull(channel);
        var self = channel.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "self");
        return new FeedView(
            (string?)self?.Attribute("href"),
            channel.Elements("item").Select(item => new FeedViewEntry(
                ArticleUrl.Parse((string?)item.Element("link"), site),
                item.Elements(Dc + "creator").Select(c => c.Value).ToList(),
                MachineDates.Rfc822((string?)item.Element("pubDate")))).ToList());
    }

    public static FeedView FromAtom(XDocument document, Uri site)
    {
        var feed = document.Root;
        Assert.NotNull(feed);
        Assert.Equal(Atom + "feed", feed.Name);
        return new FeedView(
            (string?)feed.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == "self")?.Attribute("href"),
            feed.Elements(Atom + "entry").Select(entry => new FeedViewEntry(
                ArticleUrl.Parse((string?)AlternateLink(entry)?.Attribute("href"), site),
                entry.Elements(Atom + "author").Select(a => (string?)a.Element(Atom + "name") ?? "").ToList(),
                MachineDates.Rfc3339((string?)entry.Element(Atom + "published")))).ToList());
    }

    public static FeedView FromJson(JsonObject feed, Uri site) => new(
        (string?)feed["feed_url"],
        Assert.IsType<JsonArray>(feed["items"]).Select(item => new FeedViewEntry(
            ArticleUrl.Parse((string?)item!["url"], site),
            Assert.IsType<JsonArray>(item["authors"]).Select(a => (string?)a!["name"] ?? "").ToList(),
            MachineDates.Rfc3339((string?)item["date_published"]))).ToList());

    /// <summary>An Atom link without rel is an alternate link (RFC 4287 section 4.2.7.2).</summary>
    public static XElement? AlternateLink(XElement entry) =>
        entry.Elements(Atom + "link").FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate");

    public ISet<string> Slugs => Entries.Select(e => e.Url.Slug).ToHashSet();

    public void AssertNewestFirst()
    {
        for (var i = 1; i < Entries.Count; i++)
        {
            Assert.True(Entries[i - 1].Published > Entries[i].Published,
                $"'{Entries[i - 1].Url.Slug}' ({Entries[i - 1].Published:O}) is listed before the newer or equal '{Entries[i].Url.Slug}' ({Entries[i].Published:O})");
        }
    }
}

internal sealed record FeedViewEntry(ArticleUrl Url, IReadOnlyList<string> Authors, DateTimeOffset Published);
