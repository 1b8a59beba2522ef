using System.Net;
using Byline.Testing;

namespace Byline.IntegrationTests.Feeds;

public sealed class ScopedFeedTests(BylineHost host) : IClassFixture<BylineHost>
{
    public static TheoryData<string, string> SectionFeeds => Cross(SampleSite.Sections);

    public static TheoryData<string, string> AuthorFeeds => Cross(SampleSite.People.Keys);

    /// <summary>Tag slug → the tag's name in the sample's front matter.</summary>
    private static readonly Dictionary<string, string> SampleTags = new()
    {
        ["transport"] = "Transport",
        ["city-council"] = "City council",
        ["reviews"] = "Reviews",
        ["energy"] = "Energy",
        ["wren-estuary"] = "Wren estuary",
    };

    public static TheoryData<string, string> TagFeeds => Cross(SampleTags.Keys);

    public static TheoryData<string> EveryFeed
    {
        get
        {
            var paths = new TheoryData<string>();
            foreach (var suffix in FeedView.Suffixes)
            {
                paths.Add(suffix);
                foreach (var section in SampleSite.Sections)
                {
                    paths.Add("/" + section + suffix);
                }
                foreach (var person in SampleSite.People.Keys)
                {
                    paths.Add("/author/" + person + suffix);
                }
                foreach (var tag in SampleTags.Keys)
                {
                    paths.Add("/tag/" + tag + suffix);
                }
            }
            return paths;
        }
    }

    public static TheoryData<string> UnknownScopes
    {
        get
        {
            var paths = new TheoryData<string>();
            foreach (var suffix in FeedView.Suffixes)
            {
                paths.Add("/no-such-section" + suffix);
                paths.Add("/author/no-such-person" + suffix);
                paths.Add("/tag/no-such-tag" + suffix);
                paths.Add("/tag/Not_A_Slug" + suffix);
            }
            return paths;
        }
    }

    [Theory]
    [MemberData(nameof(SectionFeeds))]
    public async Task A_section_feed_lists_that_sections_stories_and_no_others(string section, string suffix)
    {
        using var reader = host.CreateReader();
        var path = "/" + section + suffix;
        var feed = FeedView.Read(suffix, await reader.FetchOkAsync(path), host.BaseAddress);

        Assert.Equal(SampleSite.SlugsWhere(s => s.Section == section), feed.Slugs);
        Assert.All(feed.Entries, e => Assert.Equal(section, e.Url.Section));
        Assert.Equal(new Uri(host.BaseAddress, path).AbsoluteUri, feed.SelfUrl);
        feed.AssertNewestFirst();
    }

    [Fact]
    public async Task The_city_section_feed_has_its_four_stories()
    {
        using var reader = host.CreateReader();
        var feed = FeedView.FromRss((await reader.FetchOkAsync("/city/feed")).Xml(), host.BaseAddress);

        Assert.Equal(4, feed.Entries.Count);
    }

    [Theory]
    [MemberData(nameof(AuthorFeeds))]
    public async Task An_author_feed_lists_that_authors_stories_and_no_others(string person, string suffix)
    {
        using var reader = host.CreateReader();
        var path = "/author/" + person + suffix;
        var feed = FeedView.Read(suffix, await reader.FetchOkAsync(path), host.BaseAddress);

        Assert.Equal(SampleSite.SlugsWhere(s => s.Authors.Contains(person)), feed.Slugs);
        Assert.All(feed.Entries, e => Assert.Contains(SampleSite.People[person], e.Authors));
        Assert.Equal(new Uri(host.BaseAddress, path).AbsoluteUri, feed.SelfUrl);
        feed.AssertNewestFirst();
    }

    [Theory]
    [MemberData(nameof(TagFeeds))]
    public async Task A_tag_feed_lists_that_tags_stories_and_no_others(string tag, string suffix)
    {
        using var reader = host.CreateReader();
        var path = "/tag/" + tag + suffix;
        var feed = FeedView.Read(suffix, await reader.FetchOkAsync(path), host.BaseAddress);

        var expected = SampleSite.SlugsWhere(s => s.Tags.Contains(SampleTags[tag]));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, feed.Slugs);
        Assert.Equal(new Uri(host.BaseAddress, path).AbsoluteUri, feed.SelfUrl);
        feed.AssertNewestFirst();
    }

    [Fact]
    public async Task A_tag_page_names_its_three_feeds_for_autodiscovery_and_links_its_rss()
    {
        using var reader = host.CreateReader();
        var page = Html.Parse((await reader.FetchOkAsync("/tag/transport")).Body);

        var links = page.QuerySelectorAll("link[rel=alternate]").Select(l => (Type: l.GetAttribute("type"), Href: l.GetAttribute("href"))).ToList();
        Assert.Contains(("application/rss+xml", "/tag/transport/feed"), links);
        Assert.Contains(("application/atom+xml", "/tag/transport/feed/atom"), links);
        Assert.Contains(("application/feed+json", "/tag/transport/feed/json"), links);
        Assert.Equal("/tag/transport/feed", page.QuerySelector(".page-header__feed a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_story_with_two_authors_appears_in_both_authors_feeds()
    {
        using var reader = host.CreateReader();
        var shared = SampleSite.Stories.Where(s => s.Authors.Count == 2).ToList();
        Assert.NotEmpty(shared);

        foreach (var story in shared)
        {
            foreach (var person in story.Authors)
            {
                var feed = FeedView.FromRss((await reader.FetchOkAsync($"/author/{person}/feed")).Xml(), host.BaseAddress);
                var entry = Assert.Single(feed.Entries, e => e.Url.Slug == story.Slug);
                Assert.Equal(story.AuthorNames, entry.Authors);
            }
        }
    }

    [Theory]
    [MemberData(nameof(UnknownScopes))]
    public async Task An_unknown_section_tag_or_author_has_no_feed(string path)
    {
        using var reader = host.CreateReader();

        var fetched = await reader.FetchAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, fetched.Status);
    }

    [Theory]
    [MemberData(nameof(EveryFeed))]
    public async Task No_feed_contains_a_commenters_email_address(string path)
    {
        using var reader = host.CreateReader();

        var fetched = await reader.FetchOkAsync(path);

        Assert.DoesNotContain("@example.", fetched.Body, StringComparison.OrdinalIgnoreCase);
    }

    private static TheoryData<string, string> Cross(IEnumerable<string> scopes)
    {
        var data = new TheoryData<string, string>();
        foreach (var scope in scopes)
        {
            foreach (var suffix in FeedView.Suffixes)
            {
                data.Add(scope, suffix);
            }
        }
        return data;
    }
}
