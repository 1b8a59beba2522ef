using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Content;
using Byline.Media;
using Byline.Testing;
using Byline.Transfer.Sample;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Pages;

/// <summary>What a page tells social networks and search engines: Open Graph, Twitter cards and schema.org JSON-LD.</summary>
public sealed class SharingMetadataTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string JsonLdOpening = "<script type=\"application/ld+json\">";
    private readonly HttpClient _reader = host.CreateReader();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> RawAsync(string path)
    {
        using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static string? Meta(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    private static JsonElement JsonLdOf(IHtmlDocument page)
    {
        // The front page also names the organisation (OrganizationJsonLdTests); this is the page's own JSON-LD.
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .Where(j => j.GetProperty("@type").GetString() != "NewsMediaOrganization").ToList();
        return Assert.Single(scripts);
    }

    private string Absolute(string path) => new Uri(host.BaseAddress, path).ToString();

    private Task<MediaItem> SamplePictureAsync(string name) =>
        host.WithDatabaseAsync(db => db.MediaItems.AsNoTracking().SingleAsync(m => m.StorageKey == SamplePictures.KeyOf(name), Cancel));

    /// <summary>A published story of the test's own, with no picture.</summary>
    private Task<string> PublishStoryAsync(string headline) =>
        host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(Cancel);
            var now = DateTimeOffset.UtcNow;
            var story = new Article
            {
                Headline = headline, Slug = $"story-{Guid.NewGuid():N}", Section = section, Standfirst = "Made for a test.",
                BodyHtml = "<p>Made for a test.</p>", Status = ArticleStatus.Published, CreatedAt = now.AddHours(-1), PublishedAt = now.AddMinutes(-5),
            };
            db.AllArticles.Add(story);
            await db.SaveChangesAsync(Cancel);
            return story.Slug;
        });

    [Fact]
    public async Task A_story_with_its_own_picture_shares_a_1280_pixel_jpeg_with_its_size_and_alt_text()
    {
        var picture = await SamplePictureAsync("larkhaven-map");
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.Footbridge));
        var expected = Absolute(MediaUrls.Variant(picture, 1280, "jpg"));

        Assert.Equal(expected, Meta(page, "meta[property='og:image']"));
        Assert.Equal(("1280", "720"), (Meta(page, "meta[property='og:image:width']"), Meta(page, "meta[property='og:image:height']")));
        Assert.Equal(picture.AltText, Meta(page, "meta[property='og:image:alt']"));
        Assert.Equal("summary_large_image", Meta(page, "meta[name='twitter:card']"));
        Assert.Equal(expected, Meta(page, "meta[name='twitter:image']"));
        var jsonLd = JsonLdOf(page);
        Assert.Equal(expected, jsonLd.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(1280, jsonLd.GetProperty("image").GetProperty("width").GetInt32());

        // The shared address answers with a JPEG, made from the sample picture when first asked for.
        using var image = await _reader.GetAsync(new Uri(expected), Cancel);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xFF, 0xD8 }, (await image.Content.ReadAsByteArrayAsync(Cancel))[..2]);
    }

    [Fact]
    public async Task The_publisher_in_a_storys_json_ld_carries_the_logo_the_site_ships_when_none_is_chosen()
    {
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(Stories.PortRecord));
        var logo = JsonLdOf(page).GetProperty("publisher").GetProperty("logo");

        Assert.Equal("ImageObject", logo.GetProperty("@type").GetString());
        Assert.Equal(Absolute("/byline-logo.png"), logo.GetProperty("url").GetString());
        using var file = await _reader.GetAsync(new Uri(logo.GetProperty("url").GetString()!), Cancel);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_story_without_a_picture_shares_none_then_the_default_sharing_image_once_an_admin_sets_one()
    {
        var path = await host.PathOfAsync(await PublishStoryAsync("A story without a picture"));
        var none = await _reader.GetDocumentAsync(path);
        Assert.Null(none.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", Meta(none, "meta[name='twitter:card']"));
        Assert.False(JsonLdOf(none).TryGetProperty("image", out _));

        var picture = await SamplePictureAsync("harbour-row");
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var form = await admin.Client.ReadFormAsync("/newsroom/settings", "form.nr-settings");
        form.Set("SharingImageId", picture.Id.ToString(CultureInfo.InvariantCulture));
        using var saved = await form.PostAsync(admin.Client, "/newsroom/settings");
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var shared = await _reader.GetDocumentAsync(path);
            var expected = Absolute(MediaUrls.Variant(picture, 1280, "jpg"));
            Assert.Equal(expected, Meta(shared, "meta[property='og:image']"));
            Assert.Equal(picture.AltText, Meta(shared, "meta[property='og:image:alt']"));
            Assert.Equal("summary_large_image", Meta(shared, "meta[name='twitter:card']"));
            Assert.Equal(expected, JsonLdOf(shared).GetProperty("image").GetProperty("url").GetString());
            // Pages without pictures of their own share it too.
            Assert.Equal(expected, Meta(await _reader.GetDocumentAsync("/tag/saltmarsh"), "meta[property='og:image']"));
        }
        finally
        {
            var reset = await admin.Client.ReadFormAsync("/newsroom/settings", "form.nr-settings");
            reset.Set("SharingImageId", "");
            using var _ = await reset.PostAsync(admin.Client, "/newsroom/settings");
        }
        Assert.Null((await _reader.GetDocumentAsync(path)).QuerySelector("meta[property='og:image']"));
    }

    [Fact]
    public async Task The_front_page_is_a_website_whose_search_action_is_the_site_search()
    {
        var page = await _reader.GetDocumentAsync("/");
        var website = JsonLdOf(page);

        Assert.Equal("WebSite", website.GetProperty("@type").GetString());
        Assert.Equal(Absolute("/"), website.GetProperty("url").GetString());
        var action = website.GetProperty("potentialAction");
        Assert.Equal("SearchAction", action.GetProperty("@type").GetString());
        Assert.Equal(Absolute("/search") + "?q={search_term_string}", action.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", action.GetProperty("query-input").GetString());
        Assert.Equal("website", Meta(page, "meta[property='og:type']"));
        Assert.Equal(Absolute("/"), Meta(page, "meta[property='og:url']"));
        Assert.Equal(page.Title, Meta(page, "meta[property='og:site_name']"));
        Assert.False(string.IsNullOrEmpty(Meta(page, "meta[property='og:description']")));
    }

    [Theory]
    [InlineData("/city", "City")]
    [InlineData("/tag/saltmarsh", "Saltmarsh")]
    public async Task Section_and_tag_pages_are_collection_pages_of_the_website(string path, string name)
    {
        var page = await _reader.GetDocumentAsync(path);
        var collection = JsonLdOf(page);

        Assert.Equal("CollectionPage", collection.GetProperty("@type").GetString());
        Assert.Equal(name, collection.GetProperty("name").GetString());
        Assert.Equal(Absolute(path), collection.GetProperty("url").GetString());
        Assert.Equal("WebSite", collection.GetProperty("isPartOf").GetProperty("@type").GetString());
        Assert.Equal(Absolute("/"), collection.GetProperty("isPartOf").GetProperty("url").GetString());
        Assert.Equal(("website", name, Absolute(path)),
            (Meta(page, "meta[property='og:type']"), Meta(page, "meta[property='og:title']"), Meta(page, "meta[property='og:url']")));
    }

    [Fact]
    public async Task An_author_page_is_a_profile_page_whose_main_entity_is_the_person()
    {
        var page = await _reader.GetDocumentAsync("/author/mara-okonkwo");
        var profile = JsonLdOf(page);
        var person = profile.GetProperty("mainEntity");

        Assert.Equal("ProfilePage", profile.GetProperty("@type").GetString());
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("Mara Okonkwo", person.GetProperty("name").GetString());
        Assert.Equal("City Hall reporter", person.GetProperty("jobTitle").GetString());
        Assert.StartsWith("Mara has covered Larkhaven City Council", person.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(Absolute("/author/mara-okonkwo"), person.GetProperty("url").GetString());
        Assert.Equal("website", Meta(page, "meta[property='og:type']"));
    }

    [Fact]
    public async Task Every_json_ld_script_is_typed_application_ld_json_in_the_raw_html()
    {
        foreach (var path in new[] { "/", "/city", "/tag/saltmarsh", "/author/mara-okonkwo", await host.PathOfAsync(Stories.Footbridge) })
        {
            var html = await RawAsync(path);
            Assert.Contains(JsonLdOpening, html, StringComparison.Ordinal);
            Assert.DoesNotContain("ld&#x2B;json", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_headline_with_a_closing_script_tag_stays_inside_the_json_ld()
    {
        const string headline = "Bridge vote </script><script>alert('x')</script> tonight";
        var html = await RawAsync(await host.PathOfAsync(await PublishStoryAsync(headline)));
        var page = Html.Parse(html);

        Assert.Equal(headline, JsonLdOf(page).GetProperty("headline").GetString());
        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.StartsWith("alert(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_favicon_is_a_cacheable_icon_file_and_the_head_links_an_apple_touch_icon()
    {
        using var icon = await _reader.GetAsync(new Uri("/favicon.ico", UriKind.Relative), Cancel);
        var bytes = await icon.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        // An ICONDIR: reserved 0, type 1 (icon), then the number of images.
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
        Assert.True(BitConverter.ToUInt16(bytes, 4) >= 2, "the icon holds several sizes");
        Assert.Contains("max-age=", icon.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        var touch = (await _reader.GetDocumentAsync("/")).QuerySelector("link[rel='apple-touch-icon']")!.GetAttribute("href")!;
        using var png = await _reader.GetAsync(new Uri(touch, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
    }
}
