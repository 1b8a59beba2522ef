using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// A story's type, from the editor's select to the reader's page: the label beside the section, the look of Opinion and
/// Sponsored content, the JSON-LD type, and the lists that show it.
/// </summary>
public sealed class StoryTypeTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private const string SampleOpinion = "opinion-give-the-night-trams-a-fair-run";
    private const string SampleSponsored = "sponsored-brightwater-heat-pump-questions";

    [Theory]
    [InlineData(NewsroomRole.Contributor, "Analysis", "Review")]
    [InlineData(NewsroomRole.Author, "Opinion", "Explainer")]
    [InlineData(NewsroomRole.Editor, "Sponsored", "News")]
    [InlineData(NewsroomRole.Admin, "Review", "Opinion")]
    public async Task Every_role_that_writes_stories_chooses_the_type_in_the_editor_and_it_is_kept_through_saves_and_revisions(NewsroomRole role, string first, string second)
    {
        using var member = await NewsroomSession.SignInAsync(host, role);
        var newPage = await member.Client.GetDocumentAsync("/newsroom/stories/new");
        Assert.Equal("News", SelectedKind(newPage));
        Assert.Equal("Story type", newPage.QuerySelector("label[for='Draft_Kind']")!.TextContent.Trim());

        var headline = $"Type kept for a {role} {Guid.NewGuid():N}";
        using var created = await BrowserForm.Read(newPage, "#story-form")
            .Set("Draft.Headline", headline)
            .Set("Draft.Kind", first)
            .PostAsync(member.Client, "/newsroom/stories/new?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Enum.Parse<StoryKind>(first), await KindOfAsync(id));

        var editPage = await member.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        Assert.Equal(first, SelectedKind(editPage));
        using (var saved = await StoryDesk.SaveAsync(member, id, editPage, new Dictionary<string, string> { ["Draft.Kind"] = second }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(Enum.Parse<StoryKind>(second), await KindOfAsync(id));
        var revisions = await host.WithDatabaseAsync(db => db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number)
            .Select(r => r.Kind).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([Enum.Parse<StoryKind>(first), Enum.Parse<StoryKind>(second)], revisions);
        var compare = await member.Client.GetDocumentAsync($"/newsroom/stories/{id}/revisions");
        var typeRow = compare.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Story type");
        Assert.Contains(StoryKinds.Label(Enum.Parse<StoryKind>(first)), typeRow.TextContent, StringComparison.Ordinal);
        Assert.Contains(StoryKinds.Label(Enum.Parse<StoryKind>(second)), typeRow.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gossip")]
    [InlineData("99")]
    [InlineData("")]
    public async Task A_type_that_is_not_on_the_list_is_refused_with_400_and_a_message_beside_the_field(string sent)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var newPage = await editor.Client.GetDocumentAsync("/newsroom/stories/new");
        var headline = $"Refused type {Guid.NewGuid():N}";

        using var response = await BrowserForm.Read(newPage, "#story-form")
            .Set("Draft.Headline", headline)
            .Set("Draft.Kind", sent)
            .PostAsync(editor.Client, "/newsroom/stories/new?handler=Save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = page.QuerySelector("[data-valmsg-for='Draft.Kind']")!.TextContent.Trim();
        Assert.StartsWith("Choose the story's type from the list", error, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Draft_Kind")!.GetAttribute("aria-invalid"));
        Assert.False(await host.WithDatabaseAsync(db => db.AllArticles.AnyAsync(a => a.Headline == headline, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Someone_signed_out_cannot_save_a_type()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, $"Signed out type {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        using var anonymous = NewsroomSession.CreateClient(host);

        using var response = await BrowserForm.Read(page, "#story-form").Set("Draft.Kind", "Sponsored").PostAsync(anonymous, $"/newsroom/stories/{id}?handler=Save");

        Assert.False(response.IsSuccessStatusCode, $"answered {(int)response.StatusCode}");
        Assert.DoesNotContain($"/newsroom/stories/{id}", response.Headers.Location?.OriginalString.Split('?')[0] ?? "", StringComparison.Ordinal);
        Assert.Equal(StoryKind.News, await KindOfAsync(id));
    }

    public static TheoryData<StoryKind, string?, string> PageTypes => new()
    {
        { StoryKind.News, null, "ReportageNewsArticle" },
        { StoryKind.Analysis, "Analysis", "AnalysisNewsArticle" },
        { StoryKind.Opinion, "Opinion", "OpinionNewsArticle" },
        { StoryKind.Review, "Review", "ReviewNewsArticle" },
        { StoryKind.Explainer, "Explainer", "BackgroundNewsArticle" },
        { StoryKind.Sponsored, "Sponsored content", "AdvertiserContentArticle" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task A_published_story_shows_its_type_beside_the_section_in_its_page_and_list_and_types_its_json_ld(StoryKind kind, string? label, string schemaType)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var headline = $"A {kind} story for the page {Guid.NewGuid():N}";
        var id = await StoryDesk.CreateAsync(editor, headline, await StoryDesk.SectionIdAsync(host, "education"));
        using (var publish = await StoryDesk.MoveAsync(editor, id, "Publish", changes: new Dictionary<string, string> { ["Draft.Kind"] = kind.ToString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        var page = await _reader.GetDocumentAsync(await PathOfAsync(id));
        var kicker = page.QuerySelector(".story__header .kicker")!;
        Assert.Equal(label, kicker.QuerySelector(".kind-label")?.TextContent.Trim());
        Assert.Equal("Education", kicker.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal(schemaType, StoryJsonLd(page).GetProperty("@type").GetString());

        var card = CardOf(await _reader.GetDocumentAsync("/education"), headline);
        Assert.Equal(label, card.QuerySelector(".kind-label")?.TextContent.Trim());
        Assert.Equal(kind == StoryKind.Sponsored, card.QuerySelector(".sponsored-note") is not null);
        Assert.Equal(kind == StoryKind.Sponsored, page.QuerySelector(".sponsored-banner") is not null);
    }

    [Fact]
    public async Task Sponsored_content_carries_a_boxed_notice_on_its_page_and_in_every_list_that_shows_it()
    {
        var story = await host.StoryAsync(SampleSponsored);
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(SampleSponsored));

        var banner = page.QuerySelector(".story .sponsored-banner")!;
        Assert.Equal("note", banner.GetAttribute("role"));
        Assert.Equal("Sponsored content", banner.QuerySelector(".sponsored-banner__title")!.TextContent.Trim());
        Assert.Contains("advertiser paid for this article", banner.TextContent, StringComparison.Ordinal);
        Assert.Contains("not written", banner.TextContent, StringComparison.Ordinal);
        // Before the headline, so it is read first.
        Assert.True(banner.CompareDocumentPosition(page.QuerySelector("h1")!).HasFlag(DocumentPositions.Following));
        Assert.Equal("AdvertiserContentArticle", StoryJsonLd(page).GetProperty("@type").GetString());

        foreach (var list in new[] { "/business", "/tag/energy", "/author/brightwater-heat-pumps", "/search?q=heat+pump" })
        {
            var card = CardOf(await _reader.GetDocumentAsync(list), story.Headline);
            Assert.Contains("story-card--sponsored", card.ClassList);
            Assert.Equal("Sponsored content", card.QuerySelector(".kind-label")!.TextContent.Trim());
            Assert.Contains("Paid for by an advertiser", card.QuerySelector(".sponsored-note")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_opinion_piece_is_labelled_says_whose_view_it_is_and_looks_unlike_news()
    {
        var page = await _reader.GetDocumentAsync(await host.PathOfAsync(SampleOpinion));
        var news = await _reader.GetDocumentAsync(await host.PathOfAsync("night-tram-trial-timetable"));

        Assert.Contains("story--opinion", page.QuerySelector("article.story")!.ClassList);
        Assert.Equal("Opinion", page.QuerySelector(".story__header .kind-label")!.TextContent.Trim());
        Assert.Contains("own view", page.QuerySelector(".story__kind-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("OpinionNewsArticle", StoryJsonLd(page).GetProperty("@type").GetString());
        Assert.Contains("story--news", news.QuerySelector("article.story")!.ClassList);
        // Its own header carries no label (the related stories below it may).
        Assert.Null(news.QuerySelector(".story__header .kind-label"));
        Assert.Null(news.QuerySelector(".story__kind-note"));

        var city = await _reader.GetDocumentAsync("/city");
        var card = CardOf(city, (await host.StoryAsync(SampleOpinion)).Headline);
        Assert.Equal("Opinion", card.QuerySelector(".kind-label")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_sample_reviews_and_explainer_are_labelled_as_such()
    {
        foreach (var (slug, label) in new[] { ("review-the-tide-clock-gullrock-playhouse", "Review"), ("corn-exchange-jazz-weekend-review", "Review"), (Stories.Footbridge, "Explainer") })
        {
            var page = await _reader.GetDocumentAsync(await host.PathOfAsync(slug));
            Assert.Equal(label, page.QuerySelector(".story__header .kind-label")!.TextContent.Trim());
        }
    }

    private static string? SelectedKind(IHtmlDocument page) =>
        page.QuerySelectorAll<IHtmlOptionElement>("#Draft_Kind option").SingleOrDefault(o => o.IsSelected)?.Value
            ?? page.QuerySelectorAll<IHtmlOptionElement>("#Draft_Kind option").FirstOrDefault()?.Value;

    private Task<StoryKind> KindOfAsync(int id) =>
        host.WithDatabaseAsync(db => db.AllArticles.Where(a => a.Id == id).Select(a => a.Kind).SingleAsync(TestContext.Current.CancellationToken));

    private async Task<string> PathOfAsync(int id)
    {
        var story = await host.WithDatabaseAsync(db => db.Articles.Include(a => a.Section).SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken));
        return host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
    }

    /// <summary>The story's own JSON-LD (the page may carry others, such as the site's).</summary>
    private static JsonElement StoryJsonLd(IHtmlDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.ValueKind == JsonValueKind.Object && j.TryGetProperty("headline", out _));

    private static IElement CardOf(IHtmlDocument list, string headline) =>
        list.QuerySelectorAll(".story-card").Single(c => c.QuerySelector(".story-card__headline")?.TextContent.Trim() == headline);
}
