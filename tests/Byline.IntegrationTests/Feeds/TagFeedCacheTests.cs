using System.Net;
using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;

namespace Byline.IntegrationTests.Feeds;

/// <summary>A tag's feeds are output-cached like every feed, and a story published with the tag reaches them at once.</summary>
public sealed class TagFeedCacheTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task Publishing_a_story_with_a_tag_evicts_the_tags_cached_feeds()
    {
        using var reader = host.CreateReader();
        var before = await Task.WhenAll(FeedView.Suffixes.Select(async s => FeedView.Read(s, await reader.FetchOkAsync("/tag/transport" + s), host.BaseAddress)));
        var again = FeedView.FromRss((await reader.FetchOkAsync("/tag/transport/feed")).Xml(), host.BaseAddress);
        Assert.Equal(before[0].Slugs, again.Slugs);

        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Ferry timetable change for the harbour tram link", await StoryDesk.SectionIdAsync(host, "city"));
        using (var publish = await StoryDesk.MoveAsync(editor, id, "Publish", changes: new Dictionary<string, string> { ["Draft.Tags"] = "Transport" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        foreach (var suffix in FeedView.Suffixes)
        {
            var after = FeedView.Read(suffix, await reader.FetchOkAsync("/tag/transport" + suffix), host.BaseAddress);
            Assert.Contains("ferry-timetable-change-for-the-harbour-tram-link", after.Slugs);
            Assert.DoesNotContain("ferry-timetable-change-for-the-harbour-tram-link", before[0].Slugs);
        }
        var other = FeedView.FromRss((await reader.FetchOkAsync("/tag/energy/feed")).Xml(), host.BaseAddress);
        Assert.DoesNotContain("ferry-timetable-change-for-the-harbour-tram-link", other.Slugs);
    }
}
