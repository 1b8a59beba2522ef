using System.Net;
using System.Text.Json;
using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Site;

/// <summary>An author's profile as edited in the newsroom, and as readers (and search engines) see it.</summary>
public sealed class AuthorProfileTests(BylineHost host) : IClassFixture<BylineHost>
{
    /// <summary>A sample story with Devika Rao's byline.</summary>
    private const string BirdCount = "saltmarsh-spring-bird-count-rising-tides";

    private readonly HttpClient _reader = host.CreateReader();

    private Task<int> PersonIdAsync(string slug) =>
        host.WithDatabaseAsync(db => db.People.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task A_profile_with_photo_expertise_and_links_shows_on_the_author_page_in_the_byline_and_in_its_json_ld()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var photo = await MediaDesk.UploadedAsync(host, editor, $"portrait-{Guid.NewGuid():N}.jpg", "Devika Rao on the Saltmarsh");
        var id = await PersonIdAsync("devika-rao");
        var form = await editor.Client.ReadFormAsync($"/newsroom/authors/{id}", "form.nr-author-form");
        await _reader.GetDocumentAsync(await host.PathOfAsync(BirdCount)); // cached before the change

        using var saved = await form
            .Set("PhotoId", photo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Expertise", "Coastal flooding, energy")
            .Set("Links", "https://devika.example.org\r\nhttps://bsky.app/profile/devika.example.org\r\nmailto:devika@example.org")
            .PostAsync(editor.Client, $"/newsroom/authors/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await _reader.GetDocumentAsync("/author/devika-rao");
        var portrait = page.QuerySelector("img.author-header__photo")!;
        Assert.Equal("Devika Rao", portrait.GetAttribute("alt"));
        Assert.Equal("80", portrait.GetAttribute("width"));
        Assert.Equal("80", portrait.GetAttribute("height"));
        Assert.Contains("Coastal flooding, energy", page.QuerySelector(".author-header__expertise")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["https://devika.example.org", "https://bsky.app/profile/devika.example.org", "mailto:devika@example.org"],
            page.QuerySelectorAll(".author-links a").Select(a => a.GetAttribute("href")).ToList());

        var profile = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "ProfilePage");
        var person = profile.GetProperty("mainEntity");
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("Devika Rao", person.GetProperty("name").GetString());
        Assert.Equal("Environment correspondent", person.GetProperty("jobTitle").GetString());
        Assert.Equal(["Coastal flooding", "energy"], person.GetProperty("knowsAbout").EnumerateArray().Select(e => e.GetString()).ToList());
        Assert.Equal(3, person.GetProperty("sameAs").GetArrayLength());
        Assert.StartsWith(host.BaseAddress + "media/" + photo.StorageKey, person.GetProperty("image").GetProperty("url").GetString(), StringComparison.Ordinal);

        var story = await _reader.GetDocumentAsync(await host.PathOfAsync(BirdCount));
        Assert.StartsWith("/media/" + photo.StorageKey, story.QuerySelector(".byline__avatars img.avatar")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "only https://, http:// and mailto: addresses are allowed")]
    [InlineData("devika.example.org", "is not a web address")]
    [InlineData("mailto:not-an-address", "is not an email link")]
    public async Task A_contact_link_that_is_not_http_or_mailto_is_refused_with_400_and_a_message(string link, string message)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await PersonIdAsync("ilse-varga");
        var form = await editor.Client.ReadFormAsync($"/newsroom/authors/{id}", "form.nr-author-form");

        using var response = await form.Set("Links", "https://ilse.example.org\n" + link).PostAsync(editor.Client, $"/newsroom/authors/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(message, page.QuerySelector("#Links-error")!.TextContent, StringComparison.Ordinal);
        var stored = await host.WithDatabaseAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(link, stored.Links, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_saved_from_a_stale_form_is_refused_with_409()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await PersonIdAsync("tomasz-brennan");
        var first = await editor.Client.ReadFormAsync($"/newsroom/authors/{id}", "form.nr-author-form");
        var second = await editor.Client.ReadFormAsync($"/newsroom/authors/{id}", "form.nr-author-form");
        using var saved = await first.Set("Expertise", "Shipping").PostAsync(editor.Client, $"/newsroom/authors/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await second.Set("Expertise", "Accounting").PostAsync(editor.Client, $"/newsroom/authors/{id}");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await host.WithDatabaseAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal("Shipping", stored.Expertise);
    }

    [Fact]
    public async Task The_sample_authors_have_expertise_and_contact_links_on_fictional_domains()
    {
        var page = await _reader.GetDocumentAsync("/author/mara-okonkwo");

        Assert.Contains("Local government", page.QuerySelector(".author-header__expertise")!.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".author-links a").Select(a => new Uri(a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.EndsWith("example.org", l.Scheme == "mailto" ? l.OriginalString : l.Host, StringComparison.Ordinal));
    }
}
