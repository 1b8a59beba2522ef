using Byline.Content;

namespace Byline.Tests.Content;

/// <summary>Which links are embeds, and the frame address each provider's rule builds.</summary>
public sealed class EmbedRulesTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", EmbedShape.Wide)]
    [InlineData("https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL1", "YouTube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", EmbedShape.Wide)]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", EmbedShape.Wide)]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "YouTube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", EmbedShape.Wide)]
    [InlineData("https://www.youtube.com/shorts/aqz-KE-bpKQ", "YouTube", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", EmbedShape.Portrait)]
    [InlineData("https://vimeo.com/76979871", "Vimeo", "https://player.vimeo.com/video/76979871", EmbedShape.Wide)]
    [InlineData("https://vimeo.com/76979871/2f3e4d5c6b", "Vimeo", "https://player.vimeo.com/video/76979871?h=2f3e4d5c6b", EmbedShape.Wide)]
    [InlineData("https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l", "Bluesky", "https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l", EmbedShape.Post)]
    [InlineData("https://mastodon.social/@Gargron/109370974379364373", "Mastodon", "https://mastodon.social/@Gargron/109370974379364373/embed", EmbedShape.Post)]
    [InlineData("https://x.com/NASA/status/1780000000000000000", "X", "https://platform.twitter.com/embed/Tweet.html?id=1780000000000000000&dnt=true", EmbedShape.Post)]
    [InlineData("https://twitter.com/NASA/status/1780000000000000000/photo/1", "X", "https://platform.twitter.com/embed/Tweet.html?id=1780000000000000000&dnt=true", EmbedShape.Post)]
    [InlineData("https://www.instagram.com/p/C1a2b3c4d5e/", "Instagram", "https://www.instagram.com/p/C1a2b3c4d5e/embed", EmbedShape.Post)]
    [InlineData("https://www.instagram.com/reel/C1a2b3c4d5e/", "Instagram", "https://www.instagram.com/p/C1a2b3c4d5e/embed", EmbedShape.Post)]
    [InlineData("https://www.openstreetmap.org/#map=14/51.5/-0.1", "OpenStreetMap", "https://www.openstreetmap.org/export/embed.html?bbox=-0.12747,51.48718,-0.07253,51.51282&layer=mapnik", EmbedShape.Map)]
    [InlineData("https://www.google.com/maps?q=Larkhaven+harbour", "Google Maps", "https://www.google.com/maps?output=embed&q=Larkhaven%20harbour", EmbedShape.Map)]
    [InlineData("https://www.google.com/maps/place/Larkhaven+Harbour/@50.1,-5.2,15z", "Google Maps", "https://www.google.com/maps?output=embed&q=Larkhaven%20Harbour", EmbedShape.Map)]
    [InlineData("https://www.google.com/maps/@50.1,-5.2,15z", "Google Maps", "https://www.google.com/maps?output=embed&q=50.1,-5.2&z=15", EmbedShape.Map)]
    [InlineData("https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit", "Google Docs", "https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/preview", EmbedShape.Document)]
    [InlineData("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit#gid=0", "Google Sheets", "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/preview", EmbedShape.Document)]
    [InlineData("https://docs.google.com/spreadsheets/d/e/2PACX-1vTabcdefghij/pubhtml", "Google Sheets", "https://docs.google.com/spreadsheets/d/e/2PACX-1vTabcdefghij/pubhtml?widget=true&headers=false", EmbedShape.Document)]
    [InlineData("https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOp/edit", "Google Slides", "https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOp/preview", EmbedShape.Wide)]
    [InlineData("https://www.documentcloud.org/documents/20059068-council-budget-2026", "DocumentCloud", "https://embed.documentcloud.org/documents/20059068-council-budget-2026/?embed=1", EmbedShape.Document)]
    [InlineData("https://files.example.org/reports/Budget.PDF?download=1", "files.example.org", "https://files.example.org/reports/Budget.PDF", EmbedShape.Document)]
    public void A_providers_link_is_an_embed_with_the_frame_address_its_rule_builds(string url, string provider, string frame, EmbedShape shape)
    {
        var embed = EmbedRules.Match(url);

        Assert.NotNull(embed);
        Assert.Equal((provider, frame, shape, url), (embed.Provider, embed.FrameUrl, embed.Shape, embed.Url));
        Assert.StartsWith("https://", embed.FrameUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/a-story")]
    [InlineData("https://www.youtube.com/@larkhaven")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=\"x")]
    [InlineData("https://vimeo.com/channels/staffpicks")]
    [InlineData("https://x.com/NASA")]
    [InlineData("https://www.instagram.com/larkhaven/")]
    [InlineData("https://docs.google.com/forms/d/1AbCdEfGhIjKlMnOp/viewform")]
    [InlineData("https://www.google.com/search?q=maps")]
    [InlineData("http://social.example/@harbour/112233")]
    [InlineData("http://files.example.org/report.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.org/report.pdf")]
    [InlineData("https://user:secret@www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("/media/report.pdf")]
    [InlineData("not a link")]
    public void Other_addresses_are_not_embeds(string url) => Assert.Null(EmbedRules.Match(url));

    [Theory]
    [InlineData("https://bsky.app/profile/larkhaven.bsky.social/post/3l6oveex3ii2l", "Bluesky")]
    [InlineData("https://www.openstreetmap.org/way/123456", "OpenStreetMap")]
    [InlineData("https://www.google.com/maps/dir/Here/There", "Google Maps")]
    public void A_known_providers_address_that_cannot_be_framed_has_no_frame_and_stays_a_link(string url, string provider)
    {
        var embed = EmbedRules.Match(url);

        Assert.Equal(provider, embed?.Provider);
        Assert.Null(embed!.FrameUrl);
    }

    [Fact]
    public void Every_frame_a_rule_builds_comes_from_a_listed_host_except_Mastodon_servers_and_PDFs()
    {
        string[] urls =
        [
            "https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/1", "https://x.com/a/status/1", "https://instagram.com/p/abcdef/",
            "https://bsky.app/profile/did:plc:abc/post/3l6oveex3ii2l", "https://www.openstreetmap.org/#map=5/50/0",
            "https://www.google.com/maps?q=x", "https://docs.google.com/document/d/1AbCdEfGhIjK/edit",
            "https://www.documentcloud.org/documents/1-a",
        ];

        foreach (var url in urls)
        {
            var frame = new Uri(EmbedRules.Match(url)!.FrameUrl!);
            Assert.Contains(frame.GetLeftPart(UriPartial.Authority), EmbedRules.FrameHosts);
        }
    }

    [Fact]
    public void A_stored_body_names_the_frame_origins_its_page_must_allow_beyond_the_listed_hosts()
    {
        const string html = """
            <figure class="embed" data-embed-src="https://www.youtube-nocookie.com/embed/x"></figure>
            <figure class="embed" data-embed-src="https://Social.Example/@a/1/embed"></figure>
            <figure class="embed" data-embed-src="https://files.example.org:8443/a.pdf"></figure>
            <figure class="embed" data-embed-src="https://social.example/@b/2/embed"></figure>
            """;

        Assert.Equal(["https://social.example", "https://files.example.org:8443"], EmbedRules.OtherFrameOriginsIn(html));
    }

    [Fact]
    public void Video_players_get_the_referrer_origin_they_need_and_PDFs_no_sandbox_the_rest_a_sandbox_without_top_navigation()
    {
        var video = EmbedRules.Match("https://youtu.be/dQw4w9WgXcQ")!;
        var post = EmbedRules.Match("https://x.com/a/status/1")!;
        var pdf = EmbedRules.Match("https://files.example.org/a.pdf")!;

        Assert.Equal("strict-origin-when-cross-origin", video.Referrer);
        Assert.Equal("no-referrer", post.Referrer);
        Assert.Null(pdf.Sandbox);
        Assert.DoesNotContain("allow-top-navigation", video.Sandbox, StringComparison.Ordinal);
        Assert.DoesNotContain("allow-top-navigation", post.Sandbox, StringComparison.Ordinal);
        Assert.Contains("allow-scripts", post.Sandbox, StringComparison.Ordinal);
    }
}
