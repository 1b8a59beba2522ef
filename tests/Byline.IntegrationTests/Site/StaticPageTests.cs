using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Site;

public sealed class StaticPageTests(BylineHost host) : IClassFixture<BylineHost>
{
    private readonly HttpClient _reader = host.CreateReader();

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_page_created_in_the_newsroom_answers_at_its_slug_with_its_sanitized_body()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var slug = PageDesk.Unique("how-we-work");

        await PageDesk.CreateAsync(editor, "How we work", slug,
            "## Our sources\n\nWe check **every** figure.\n\n<script>alert('owned')</script>\n\n<img src=x onerror=alert(1)>");

        var (status, html) = await GetAsync("/" + slug);
        Assert.Equal(HttpStatusCode.OK, status);
        var page = Html.Parse(html);
        Assert.Equal("How we work", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal("Our sources", page.QuerySelector(".static-page__body h2")!.TextContent);
        Assert.Equal("every", page.QuerySelector(".static-page__body strong")!.TextContent);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".static-page__body script, [onerror]"));
        Assert.Equal(host.BaseAddress + slug, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unpublished_page_and_an_unknown_slug_answer_404()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var slug = PageDesk.Unique("draft-page");
        await PageDesk.CreateAsync(editor, "Not ready yet", slug, "Draft text.", published: false);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/" + slug)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/" + PageDesk.Unique("no-such-page"))).Status);
        // A section still answers at its own slug beside the pages.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/city")).Status);
    }

    [Fact]
    public async Task Publishing_a_page_later_replaces_its_cached_404()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var slug = PageDesk.Unique("later");
        var id = await PageDesk.CreateAsync(editor, "Later", slug, "Soon.", published: false);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/" + slug)).Status);

        var form = await editor.Client.ReadFormAsync($"/newsroom/pages/{id}", "form.nr-page-form");
        using var saved = await form.Set("Published", "true").Set("Body", "Now.").PostAsync(editor.Client, $"/newsroom/pages/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (status, html) = await GetAsync("/" + slug);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Now.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("city", "The section “City” lives at /city")]
    [InlineData("search", "“search” is reserved")]
    [InlineData("newsroom", "“newsroom” is reserved")]
    public async Task A_slug_that_is_a_sections_or_the_sites_own_is_refused_with_a_message(string slug, string message)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var response = await PageDesk.PostNewAsync(editor, "Clash", slug, "Text.");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(message, page.QuerySelector("#Slug-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_may_not_take_a_static_pages_slug()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var slug = PageDesk.Unique("visit-us");
        await PageDesk.CreateAsync(editor, "Visit us", slug, "Harbour Row.");

        using var response = await editor.Client.PostFormAsync("/newsroom/taxonomy/sections/new",
            new Dictionary<string, string> { ["Name"] = "Visit us", ["Slug"] = slug, ["Position"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"A static page already lives at /{slug}", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(await host.WithDatabaseAsync(db => db.Sections.AnyAsync(s => s.Slug == slug, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_with_409_and_keeps_the_newer_text()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var slug = PageDesk.Unique("tips");
        var id = await PageDesk.CreateAsync(editor, "Send us a tip", slug, "First text.");
        var first = await editor.Client.ReadFormAsync($"/newsroom/pages/{id}", "form.nr-page-form");
        var second = await editor.Client.ReadFormAsync($"/newsroom/pages/{id}", "form.nr-page-form");
        using var saved = await first.Set("Body", "Their text.").PostAsync(editor.Client, $"/newsroom/pages/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await second.Set("Body", "My text.").PostAsync(editor.Client, $"/newsroom/pages/{id}");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else saved this page", await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var stored = await host.WithDatabaseAsync(db => db.StaticPages.AsNoTracking().SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal("Their text.", stored.BodyMarkdown);
    }

    [Fact]
    public async Task Creating_editing_and_deleting_a_page_are_audited_and_delete_frees_the_address()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var slug = PageDesk.Unique("gone-soon");
        var id = await PageDesk.CreateAsync(editor, "Gone soon", slug, "Here for now.");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/" + slug)).Status);

        using var deleted = await editor.Client.PostFormAsync($"/newsroom/pages/{id}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/" + slug)).Status);
        var audited = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == editor.User.Id && e.Action == AuditActions.StaticPageChanged)
            .Select(e => e.Details).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(audited, d => d.StartsWith("Created page “Gone soon”", StringComparison.Ordinal));
        Assert.Contains(audited, d => d.StartsWith("Deleted page “Gone soon”", StringComparison.Ordinal));
    }
}
