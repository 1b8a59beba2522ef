using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Site;

/// <summary>The menus as readers see them: on every page, each link once, changed at once when an admin saves them.</summary>
public sealed class SiteMenuTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Menus = "/newsroom/menus";
    private readonly HttpClient _reader = host.CreateReader();

    [Fact]
    public async Task The_footer_lists_the_sample_menu_once_the_feeds_and_one_credit_line()
    {
        var page = await _reader.GetDocumentAsync("/");

        var footer = page.QuerySelector("footer.site-footer")!;
        var menu = footer.QuerySelectorAll(".site-footer__menu a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("About us", "/about"), ("Masthead", "/masthead"), ("Ethics policy", "/ethics"), ("Corrections policy", "/corrections-policy"),
             ("Corrections", "/corrections"), ("Comment policy", "/comment-policy"), ("Privacy", "/privacy"), ("Contact us", "/contact")],
            menu);
        Assert.Equal(3, footer.QuerySelectorAll(".site-footer__feeds a[href*='feed']").Length);
        Assert.Single(footer.QuerySelectorAll(".site-footer__credit"));
        Assert.Equal(1, CountOf(footer.TextContent, "Published with Byline"));
        foreach (var (_, href) in menu)
        {
            using var response = await _reader.GetAsync(new Uri(href!, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_admin_edits_the_menus_and_pages_already_cached_show_them_once_at_once()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var story = await host.PathOfAsync(Stories.Footbridge);
        await _reader.GetDocumentAsync(story); // cached before the change
        var before = await admin.Client.ReadFormAsync(Menus, "form.nr-menus");
        // Set changes the form it is called on: the menus as they were are kept aside for the restore.
        var (header, footer) = (before["Header"] ?? "", before["Footer"] ?? "");
        try
        {
            using var saved = await before
                .Set("Header", "/about\nLetters | /search?q=letters")
                .Set("Footer", "Who we are | /about\n/city\nCorrections | /corrections")
                .PostAsync(admin.Client, Menus);

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var page = await _reader.GetDocumentAsync(story);
            Assert.Equal([("About us", "/about"), ("Letters", "/search?q=letters")],
                page.QuerySelectorAll(".header-menu a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList());
            Assert.Equal([("Who we are", "/about"), ("City", "/city"), ("Corrections", "/corrections")],
                page.QuerySelectorAll(".site-footer__menu a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList());
            var audited = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
                .AnyAsync(e => e.ActorId == admin.User.Id && e.Action == AuditActions.MenuChanged, TestContext.Current.CancellationToken));
            Assert.True(audited);
        }
        finally
        {
            var now = await admin.Client.ReadFormAsync(Menus, "form.nr-menus");
            using var restored = await now.Set("Header", header).Set("Footer", footer).PostAsync(admin.Client, Menus);
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }
    }

    [Theory]
    [InlineData("https://elsewhere.example.org/", "must be a path of this site")]
    [InlineData("//elsewhere.example.org/", "must be a path of this site")]
    [InlineData("/nowhere-in-particular", "is neither a page nor a section, so give the link a label")]
    public async Task A_menu_link_outside_the_site_or_without_a_label_is_refused_with_a_message(string line, string message)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var form = await admin.Client.ReadFormAsync(Menus, "form.nr-menus");

        using var response = await form.Set("Footer", "/about\n" + line).PostAsync(admin.Client, Menus);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(message, page.QuerySelector("#Footer-error")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Line 2", page.QuerySelector("#Footer-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_page_in_a_menu_changes_its_link_on_every_cached_page()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var slug = PageDesk.Unique("funding");
        var id = await PageDesk.CreateAsync(editor, "Our funding", slug, "Members pay.");
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var menus = await admin.Client.ReadFormAsync(Menus, "form.nr-menus");
        var header = menus["Header"] ?? "";
        try
        {
            using var saved = await menus.Set("Header", $"/{slug}").PostAsync(admin.Client, Menus);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("Our funding", (await _reader.GetDocumentAsync("/")).QuerySelector(".header-menu a")!.TextContent);

            var newSlug = PageDesk.Unique("who-pays");
            var form = await editor.Client.ReadFormAsync($"/newsroom/pages/{id}", "form.nr-page-form");
            using var renamed = await form.Set("Title", "Who pays for us").Set("Slug", newSlug).PostAsync(editor.Client, $"/newsroom/pages/{id}");

            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
            var link = (await _reader.GetDocumentAsync("/")).QuerySelector(".header-menu a")!;
            Assert.Equal("Who pays for us", link.TextContent);
            Assert.Equal("/" + newSlug, link.GetAttribute("href"));
        }
        finally
        {
            var now = await admin.Client.ReadFormAsync(Menus, "form.nr-menus");
            using var restored = await now.Set("Header", header).PostAsync(admin.Client, Menus);
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
