using System.Net;
using AngleSharp.Dom;
using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;

namespace Byline.IntegrationTests.Pages;

/// <summary>
/// A link to a known provider alone in a paragraph becomes an embed facade: provider, title, a plain link and a "Load"
/// button, with the frame's address computed by the server; nothing on the page loads from the provider. Any other link
/// stays a link.
/// </summary>
public sealed class ArticleEmbedTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, string> Providers => new()
    {
        { "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "Load video from YouTube" },
        { "https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "Load video from YouTube" },
        { "https://www.youtube.com/shorts/aqz-KE-bpKQ", "youtube", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", "Load video from YouTube" },
        { "https://vimeo.com/76979871", "vimeo", "https://player.vimeo.com/video/76979871", "Load video from Vimeo" },
        { "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l", "bluesky", "https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l", "Load post from Bluesky" },
        { "https://mastodon.social/@Gargron/109370974379364373", "mastodon", "https://mastodon.social/@Gargron/109370974379364373/embed", "Load post from Mastodon" },
        { "https://x.com/NASA/status/1780000000000000000", "x", "https://platform.twitter.com/embed/Tweet.html?id=1780000000000000000&dnt=true", "Load post from X" },
        { "https://twitter.com/NASA/status/1780000000000000000", "x", "https://platform.twitter.com/embed/Tweet.html?id=1780000000000000000&dnt=true", "Load post from X" },
        { "https://www.instagram.com/p/C1a2b3c4d5e/", "instagram", "https://www.instagram.com/p/C1a2b3c4d5e/embed", "Load post from Instagram" },
        { "https://www.openstreetmap.org/?mlat=51.5&mlon=-0.1#map=14/51.5/-0.1", "openstreetmap", "https://www.openstreetmap.org/export/embed.html?bbox=-0.12747,51.48718,-0.07253,51.51282&layer=mapnik&marker=51.5,-0.1", "Load map from OpenStreetMap" },
        { "https://www.google.com/maps?q=Larkhaven+harbour", "google-maps", "https://www.google.com/maps?output=embed&q=Larkhaven%20harbour", "Load map from Google Maps" },
        { "https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit", "google-docs", "https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/preview", "Load document from Google Docs" },
        { "https://www.documentcloud.org/documents/20059068-council-budget-2026", "documentcloud", "https://embed.documentcloud.org/documents/20059068-council-budget-2026/?embed=1", "Load document from DocumentCloud" },
        { "https://files.example.org/reports/budget.pdf", "pdf", "https://files.example.org/reports/budget.pdf", "Load document from files.example.org" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_providers_link_alone_in_a_paragraph_becomes_a_facade_that_loads_nothing_from_the_provider(string url, string provider, string frame, string button)
    {
        var body = await PreviewAsync($"Before.\n\n[The council's evening, in full]({url})\n\nAfter.");

        var embed = Assert.Single(body.QuerySelectorAll("figure.embed"));
        Assert.Contains($"embed--{provider}", embed.ClassList);
        Assert.Equal(frame, embed.GetAttribute("data-embed-src"));
        Assert.Equal("The council's evening, in full", embed.GetAttribute("data-embed-title"));
        var link = embed.QuerySelector(".embed__title a")!;
        Assert.Equal((url, "noopener", "The council's evening, in full"), (link.GetAttribute("href"), link.GetAttribute("rel"), link.TextContent));
        Assert.Equal(button, embed.QuerySelector("button.embed__load[type=button]")!.TextContent);
        Assert.Contains("shares data with", embed.QuerySelector(".embed__note")!.TextContent, StringComparison.Ordinal);
        // The button and its note wait for the script: without it, the link is what works.
        Assert.True(embed.QuerySelector(".embed__consent")!.HasAttribute("hidden"));
        Assert.Empty(embed.QuerySelectorAll("iframe, img, script, [src], [style]"));
        Assert.Equal(["Before.", "After."], body.QuerySelectorAll("p:not(figure p)").Select(p => p.TextContent));
    }

    [Fact]
    public async Task A_bare_address_on_its_own_line_becomes_a_facade_titled_by_its_provider()
    {
        var body = await PreviewAsync("https://vimeo.com/76979871");

        var embed = Assert.Single(body.QuerySelectorAll("figure.embed"));
        Assert.Equal("Video on Vimeo", embed.QuerySelector(".embed__title a")!.TextContent);
        Assert.Equal("https://vimeo.com/76979871", embed.QuerySelector(".embed__title a")!.GetAttribute("href"));
        Assert.Equal("Vimeo", embed.QuerySelector(".embed__provider")!.TextContent);
    }

    [Fact]
    public async Task Other_links_a_link_inside_a_sentence_and_links_that_cannot_be_framed_stay_plain_links()
    {
        var body = await PreviewAsync(
            "https://example.org/a-story\n\n" +
            "Watch [the debate](https://www.youtube.com/watch?v=dQw4w9WgXcQ) tonight.\n\n" +
            "[A channel](https://www.youtube.com/@larkhaven)\n\n" +
            "https://bsky.app/profile/larkhaven.bsky.social/post/3l6oveex3ii2l\n\n" +
            "- https://vimeo.com/76979871");

        Assert.Empty(body.QuerySelectorAll("figure, button, [data-embed-src]"));
        Assert.Equal(
            ["https://example.org/a-story", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/@larkhaven",
             "https://bsky.app/profile/larkhaven.bsky.social/post/3l6oveex3ii2l", "https://vimeo.com/76979871"],
            body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_published_page_with_an_embed_loads_the_reader_script_and_allows_exactly_the_providers_frames()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var path = await PublishedAsync(editor, "Harbour festival fireworks on video",
            "The fireworks, filmed from the pier:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAnd on Mastodon:\n\nhttps://social.larkhaven.example/@harbour/112233445566");
        using var reader = host.CreateReader();

        using var response = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll(".story__body figure.embed").Length);
        Assert.Empty(page.QuerySelectorAll("iframe"));
        var script = page.QuerySelector("script[src^='/js/embeds']")!;
        Assert.True(script.HasAttribute("defer"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href^='/css/embeds']"));
        var frameSrc = FrameSrc(response);
        Assert.Equal([.. EmbedRules.FrameHosts, "https://social.larkhaven.example"], frameSrc);
        Assert.Contains("https://www.youtube-nocookie.com", frameSrc);
        Assert.Contains("script-src 'self';", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        // A second, cached, answer carries the same policy.
        using var again = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(frameSrc, FrameSrc(again));
    }

    [Fact]
    public async Task A_page_without_embeds_loads_no_embed_script_and_frames_only_the_known_providers()
    {
        using var reader = host.CreateReader();
        using var response = await reader.GetAsync(new Uri(await host.PathOfAsync(Stories.Footbridge), UriKind.Relative), Cancel);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Null(page.QuerySelector("script[src^='/js/embeds']"));
        Assert.Null(page.QuerySelector("link[href^='/css/embeds']"));
        Assert.Equal(EmbedRules.FrameHosts, FrameSrc(response));
    }

    private static List<string> FrameSrc(HttpResponseMessage response)
    {
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var directive = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("frame-src ", StringComparison.Ordinal));
        return directive.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
    }

    [Fact]
    public async Task The_newsroom_preview_loads_the_embed_script_and_allows_the_frames_its_embeds_need()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var fields = StoryDesk.Fields("Embeds in the preview", await StoryDesk.SectionIdAsync(host, "city"),
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nhttps://mastodon.social/@Gargron/109370974379364373");
        using var response = await author.Client.PostFormAsync("/newsroom/stories/new/preview", fields, "/newsroom/stories/new");
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll("figure.embed").Length);
        Assert.Single(page.QuerySelectorAll("script[src^='/js/embeds']"));
        var frames = response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("frame-src ", StringComparison.Ordinal)).Split(' ');
        Assert.Contains("https://www.youtube-nocookie.com", frames);
        Assert.Contains("https://mastodon.social", frames);
    }

    private async Task<IElement> PreviewAsync(string markdown)
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var fields = StoryDesk.Fields("Embed preview", await StoryDesk.SectionIdAsync(host, "city"), markdown);
        using var response = await author.Client.PostFormAsync("/newsroom/stories/new/preview", fields, "/newsroom/stories/new");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html.Parse(await response.Content.ReadAsStringAsync(Cancel)).QuerySelector(".story__body.prose")!;
    }

    private async Task<string> PublishedAsync(NewsroomSession editor, string headline, string body)
    {
        var id = await StoryDesk.CreateAsync(editor, headline, await StoryDesk.SectionIdAsync(host, "city"), body);
        using (var published = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        return await host.PathOfAsync(Slugs.From(headline));
    }
}
