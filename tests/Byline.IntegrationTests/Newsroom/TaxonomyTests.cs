using System.Globalization;
using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

public sealed class TaxonomyTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string NewSection = "/newsroom/taxonomy/sections/new";
    private readonly HttpClient _reader = host.CreateReader();

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static string SectionPage(int id) => string.Create(CultureInfo.InvariantCulture, $"/newsroom/taxonomy/sections/{id}");

    private static string TagPage(int id) => string.Create(CultureInfo.InvariantCulture, $"/newsroom/taxonomy/tags/{id}");

    private static Task<HttpResponseMessage> CreateSectionAsync(NewsroomSession editor, string name, string slug = "", string description = "") =>
        editor.Client.PostFormAsync(NewSection, new Dictionary<string, string> { ["Name"] = name, ["Slug"] = slug, ["Description"] = description });

    private Task<Section?> SectionAsync(string slug) =>
        host.WithDatabaseAsync(db => db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, TestContext.Current.CancellationToken));

    /// <summary>A published story of this test's own, in <paramref name="sectionId"/>, with the given tags (created when missing).</summary>
    private Task<Article> PublishStoryAsync(int sectionId, params string[] tagSlugs) =>
        host.WithDatabaseAsync(async db =>
        {
            var tags = new List<Tag>();
            foreach (var slug in tagSlugs)
            {
                tags.Add(await db.Tags.FirstOrDefaultAsync(t => t.Slug == slug, TestContext.Current.CancellationToken)
                    ?? new Tag { Name = slug.Replace('-', ' '), Slug = slug });
            }
            var author = await db.People.OrderBy(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
            var story = new Article
            {
                Headline = $"Harbour story {Guid.NewGuid():N}", Slug = Unique("harbour-story"), SectionId = sectionId,
                Standfirst = "A story made for this test.", BodyHtml = "<p>Made for a test.</p>", Status = ArticleStatus.Published,
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-2), PublishedAt = DateTimeOffset.UtcNow.AddDays(-1), Tags = tags,
                Authors = [new ArticleAuthor { PersonId = author.Id, Position = 0 }],
            };
            db.AllArticles.Add(story);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return story;
        });

    private async Task<HttpResponseMessage> GetAsync(string path) =>
        await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    private async Task AssertMovedAsync(string from, string to)
    {
        using var response = await GetAsync(from);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }

    private async Task<IReadOnlyList<string>> NavigationAsync()
    {
        var front = await _reader.GetDocumentAsync("/");
        return front.QuerySelectorAll("nav.sections-nav a").Select(a => a.GetAttribute("href")!).ToList();
    }

    [Fact]
    public async Task An_editor_creates_a_section_and_it_appears_in_the_public_navigation_at_once()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        await NavigationAsync();
        var name = $"Harbour Life {Guid.NewGuid():N}"[..20];

        using var response = await CreateSectionAsync(editor, name, description: "Ships, quays and the people who work them.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var section = (await SectionAsync(Slugs.From(name)))!;
        Assert.Equal("Ships, quays and the people who work them.", section.Description);
        var navigation = await NavigationAsync();
        Assert.Equal("/" + section.Slug, navigation[^1]);
        using var page = await GetAsync("/" + section.Slug);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var entry = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.ActorId == editor.User.Id && e.Action == AuditActions.SectionChanged, TestContext.Current.CancellationToken));
        Assert.Contains(name, entry.Details, StringComparison.Ordinal);
        var list = await editor.Client.GetDocumentAsync("/newsroom/taxonomy");
        Assert.Contains(list.QuerySelectorAll("#sections ~ div table a"), a => a.TextContent == name);
    }

    [Fact]
    public async Task Renaming_a_section_slug_redirects_its_old_page_feeds_and_stories()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var oldSlug = Unique("transit");
        await CreateSectionAsync(editor, $"Transit {oldSlug}", oldSlug);
        var section = (await SectionAsync(oldSlug))!;
        var story = await PublishStoryAsync(section.Id);
        var oldStoryPath = await host.PathOfAsync(story.Slug);
        // Cache the old pages first: the rename must not leave them served from the cache.
        using (var warm = await GetAsync("/" + oldSlug)) { Assert.Equal(HttpStatusCode.OK, warm.StatusCode); }
        using (var warm = await GetAsync(oldStoryPath)) { Assert.Equal(HttpStatusCode.OK, warm.StatusCode); }
        using (var warm = await GetAsync($"/{oldSlug}/feed")) { Assert.Equal(HttpStatusCode.OK, warm.StatusCode); }
        var newSlug = Unique("transport");

        using var response = await editor.Client.PostFormAsync(SectionPage(section.Id), new Dictionary<string, string>
        {
            ["Name"] = section.Name, ["Slug"] = newSlug, ["Description"] = "", ["Position"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertMovedAsync("/" + oldSlug, "/" + newSlug);
        await AssertMovedAsync($"/{oldSlug}/feed", $"/{newSlug}/feed");
        await AssertMovedAsync($"/{oldSlug}/feed/atom", $"/{newSlug}/feed/atom");
        await AssertMovedAsync($"/{oldSlug}/feed/json", $"/{newSlug}/feed/json");
        var newStoryPath = await host.PathOfAsync(story.Slug);
        Assert.StartsWith($"/{newSlug}/", newStoryPath, StringComparison.Ordinal);
        await AssertMovedAsync(oldStoryPath, newStoryPath);
        using (var moved = await GetAsync(newStoryPath)) { Assert.Equal(HttpStatusCode.OK, moved.StatusCode); }
        Assert.Equal("/" + newSlug, (await NavigationAsync())[0]);

        // A second rename points the first old address straight at the newest one: no chains.
        var newestSlug = Unique("mobility");
        using var again = await editor.Client.PostFormAsync(SectionPage(section.Id), new Dictionary<string, string>
        {
            ["Name"] = section.Name, ["Slug"] = newestSlug, ["Description"] = "", ["Position"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await AssertMovedAsync("/" + oldSlug, "/" + newestSlug);
        await AssertMovedAsync("/" + newSlug, "/" + newestSlug);
        await AssertMovedAsync($"/{oldSlug}/feed", $"/{newestSlug}/feed");
        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == editor.User.Id && e.Action == AuditActions.SectionChanged).Select(e => e.Details).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(audit, d => d.Contains($"slug {oldSlug} → {newSlug}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renaming_a_section_back_to_its_old_slug_serves_it_there_again_without_a_redirect_loop()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var first = Unique("ferries");
        var second = Unique("boats");
        await CreateSectionAsync(editor, $"Ferries {first}", first);
        var section = (await SectionAsync(first))!;
        Task<HttpResponseMessage> RenameAsync(string slug) => editor.Client.PostFormAsync(SectionPage(section.Id), new Dictionary<string, string>
        {
            ["Name"] = section.Name, ["Slug"] = slug, ["Description"] = "",
        });

        using (var away = await RenameAsync(second)) { Assert.Equal(HttpStatusCode.Redirect, away.StatusCode); }
        using (var back = await RenameAsync(first)) { Assert.Equal(HttpStatusCode.Redirect, back.StatusCode); }

        using (var page = await GetAsync("/" + first)) { Assert.Equal(HttpStatusCode.OK, page.StatusCode); }
        await AssertMovedAsync("/" + second, "/" + first);
        var redirects = await host.WithDatabaseAsync(db => db.PathRedirects.AsNoTracking()
            .Where(r => r.Path.StartsWith("/" + first) || r.Target.StartsWith("/" + first)).ToListAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(redirects, r => r.Path.StartsWith("/" + first, StringComparison.Ordinal));
        Assert.Equal(4, redirects.Count);
    }

    [Theory]
    [InlineData("newsroom")]
    [InlineData("search")]
    [InlineData("feed")]
    [InlineData("tag")]
    [InlineData("author")]
    [InlineData("api")]
    [InlineData("corrections")]
    [InlineData("media")]
    [InlineData("healthz")]
    [InlineData("css")]
    public async Task A_slug_the_site_itself_answers_at_is_refused(string slug)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await CreateSectionAsync(editor, $"Section {Guid.NewGuid():N}", slug);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reserved", page.GetElementById("Slug-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await SectionAsync(slug));
    }

    [Fact]
    public async Task A_section_name_made_into_a_reserved_slug_is_refused_too()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await CreateSectionAsync(editor, "Search");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await SectionAsync("search"));
    }

    [Theory]
    [InlineData("City", "", "There is already a section called “City”.")]
    [InlineData("Civic Life", "city", "The section “City” already uses the slug “city”.")]
    [InlineData("Bad Slug", "Bad Slug!", "is not a slug")]
    [InlineData("", "", "Give the section a name")]
    public async Task A_duplicate_or_malformed_section_is_refused_with_a_message(string name, string slug, string message)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var count = await host.WithDatabaseAsync(db => db.Sections.CountAsync(TestContext.Current.CancellationToken));

        using var response = await CreateSectionAsync(editor, name, slug);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".field__error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(name, page.QuerySelector("input[name=Name]")!.GetAttribute("value") ?? "");
        Assert.Equal(count, await host.WithDatabaseAsync(db => db.Sections.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_section_with_stories_cannot_be_deleted_and_an_empty_one_can()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var city = (await SectionAsync("city"))!;

        using var refused = await editor.Client.PostFormAsync(SectionPage(city.Id) + "?handler=Delete", new Dictionary<string, string>(), SectionPage(city.Id));
        var page = Html.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("can only be deleted when it is empty", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await SectionAsync("city"));

        var emptySlug = Unique("empty");
        await CreateSectionAsync(editor, $"Empty {emptySlug}", emptySlug);
        var empty = (await SectionAsync(emptySlug))!;
        Assert.Contains("/" + emptySlug, await NavigationAsync());
        using var deleted = await editor.Client.PostFormAsync(SectionPage(empty.Id) + "?handler=Delete", new Dictionary<string, string>(), SectionPage(empty.Id));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await SectionAsync(emptySlug));
        Assert.DoesNotContain("/" + emptySlug, await NavigationAsync());
    }

    [Fact]
    public async Task Moving_a_section_up_changes_the_navigation_order()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var before = await NavigationAsync();
        var second = (await SectionAsync(before[1].TrimStart('/')))!;

        using var response = await editor.Client.PostFormAsync("/newsroom/taxonomy?handler=Move", new Dictionary<string, string>
        {
            ["id"] = second.Id.ToString(CultureInfo.InvariantCulture), ["direction"] = "up",
        }, "/newsroom/taxonomy");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await NavigationAsync();
        Assert.Equal([before[1], before[0], .. before.Skip(2)], after);

        using var first = await editor.Client.PostFormAsync("/newsroom/taxonomy?handler=Move", new Dictionary<string, string>
        {
            ["id"] = second.Id.ToString(CultureInfo.InvariantCulture), ["direction"] = "up",
        }, "/newsroom/taxonomy");
        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Contains("is already first", await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_tag_changes_it_on_its_stories_and_redirects_its_old_address()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var city = (await SectionAsync("city"))!;
        var oldSlug = Unique("night-buses");
        var story = await PublishStoryAsync(city.Id, oldSlug);
        var tag = story.Tags.Single();
        var storyPath = await host.PathOfAsync(story.Slug);
        using (var warm = await GetAsync("/tag/" + oldSlug)) { Assert.Equal(HttpStatusCode.OK, warm.StatusCode); }
        using (var warm = await GetAsync(storyPath)) { Assert.Equal(HttpStatusCode.OK, warm.StatusCode); }
        var newSlug = Unique("late-buses");

        using var response = await editor.Client.PostFormAsync(TagPage(tag.Id), new Dictionary<string, string> { ["Name"] = "Late buses", ["Slug"] = newSlug });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertMovedAsync("/tag/" + oldSlug, "/tag/" + newSlug);
        var tagPage = await _reader.GetDocumentAsync("/tag/" + newSlug);
        Assert.Contains(story.Headline, tagPage.Body!.TextContent, StringComparison.Ordinal);
        var storyPage = await _reader.GetDocumentAsync(storyPath);
        Assert.Contains(storyPage.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/tag/" + newSlug && a.TextContent.Contains("Late buses", StringComparison.Ordinal));
        var saved = await host.StoryAsync(story.Slug);
        Assert.True(saved.Version > story.Version, "an editor form opened before the rename must end in a conflict");
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(
            e => e.ActorId == editor.User.Id && e.Action == AuditActions.TagChanged && e.Details.Contains(newSlug), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_tag_slug_another_tag_uses_is_refused()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var city = (await SectionAsync("city"))!;
        var first = Unique("ferries");
        var second = Unique("boats");
        var story = await PublishStoryAsync(city.Id, first, second);
        var tag = story.Tags.Single(t => t.Slug == second);

        using var response = await editor.Client.PostFormAsync(TagPage(tag.Id), new Dictionary<string, string> { ["Name"] = "Boats", ["Slug"] = first });
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already uses the slug", page.GetElementById("Slug-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(second, (await host.WithDatabaseAsync(db => db.Tags.AsNoTracking().SingleAsync(t => t.Id == tag.Id, TestContext.Current.CancellationToken))).Slug);
    }

    [Fact]
    public async Task Merging_a_tag_moves_its_stories_to_the_other_tag_and_redirects_its_address()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var city = (await SectionAsync("city"))!;
        var from = Unique("trams");
        var into = Unique("transport");
        var onlyFrom = await PublishStoryAsync(city.Id, from);
        var both = await PublishStoryAsync(city.Id, from, into);
        var onlyInto = await PublishStoryAsync(city.Id, into);
        var fromTag = onlyFrom.Tags.Single();
        var intoTag = onlyInto.Tags.Single();
        using (var warm = await GetAsync("/tag/" + into)) { Assert.Equal(HttpStatusCode.OK, warm.StatusCode); }

        using var response = await editor.Client.PostFormAsync(TagPage(fromTag.Id) + "?handler=Merge", new Dictionary<string, string> { ["Into"] = into }, TagPage(fromTag.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.Tags.AnyAsync(t => t.Id == fromTag.Id, TestContext.Current.CancellationToken)));
        foreach (var story in new[] { onlyFrom, both, onlyInto })
        {
            var tags = (await host.StoryAsync(story.Slug)).Tags.Select(t => t.Id).ToList();
            Assert.Equal([intoTag.Id], tags);
        }
        await AssertMovedAsync("/tag/" + from, "/tag/" + into);
        var page = await _reader.GetDocumentAsync("/tag/" + into);
        foreach (var story in new[] { onlyFrom, both, onlyInto })
        {
            Assert.Contains(story.Headline, page.Body!.TextContent, StringComparison.Ordinal);
        }
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(
            e => e.Action == AuditActions.TagChanged && e.Details.Contains("Merged") && e.Details.Contains(from), TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("no-such-tag-anywhere", "There is no tag")]
    [InlineData("", "Name the tag to merge into")]
    [InlineData("self", "cannot be merged into itself")]
    public async Task A_merge_into_a_missing_tag_or_into_itself_is_refused(string into, string message)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var city = (await SectionAsync("city"))!;
        var slug = Unique("weather");
        var tag = (await PublishStoryAsync(city.Id, slug)).Tags.Single();

        using var response = await editor.Client.PostFormAsync(TagPage(tag.Id) + "?handler=Merge",
            new Dictionary<string, string> { ["Into"] = into == "self" ? slug : into }, TagPage(tag.Id));
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.GetElementById("Into-error")!.TextContent, StringComparison.Ordinal);
        Assert.True(await host.WithDatabaseAsync(db => db.Tags.AnyAsync(t => t.Id == tag.Id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task The_tag_list_is_searchable_and_counts_stories()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var city = (await SectionAsync("city"))!;
        var slug = Unique("lighthouse");
        await PublishStoryAsync(city.Id, slug);
        await PublishStoryAsync(city.Id, slug);

        var page = await editor.Client.GetDocumentAsync("/newsroom/taxonomy?q=" + slug);

        var rows = page.QuerySelectorAll("tr[id^='tag-']").ToList();
        var row = Assert.Single(rows);
        Assert.Contains("/tag/" + slug, row.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2", "2"], row.QuerySelectorAll("td.nr-num").Select(td => td.TextContent.Trim()));
    }

    [Theory]
    [InlineData(NewsroomRole.Author)]
    [InlineData(NewsroomRole.Contributor)]
    public async Task Authors_and_contributors_get_403_for_sections_and_tags(NewsroomRole role)
    {
        using var member = await NewsroomSession.SignInAsync(host, role);
        var city = (await SectionAsync("city"))!;
        var slug = Unique("blocked");

        foreach (var path in new[] { "/newsroom/taxonomy", NewSection, SectionPage(city.Id) })
        {
            using var page = await member.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }
        // Refused before the form is read: no antiforgery token is needed to be told no.
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Blocked", ["Slug"] = slug });
        using var create = await member.Client.PostAsync(new Uri(NewSection, UriKind.Relative), fields, TestContext.Current.CancellationToken);
        using var delete = await member.Client.PostAsync(new Uri(SectionPage(city.Id) + "?handler=Delete", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Null(await SectionAsync(slug));
        Assert.NotNull(await SectionAsync("city"));
    }
}
