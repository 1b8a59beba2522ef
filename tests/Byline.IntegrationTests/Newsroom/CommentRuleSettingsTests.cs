using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

public sealed class CommentRuleSettingsTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Settings = "/newsroom/settings";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Saves the form with <paramref name="changes"/>; a null value unticks a box (leaves the field out).</summary>
    private static async Task<HttpResponseMessage> SaveAsync(NewsroomSession admin, params (string Field, string? Value)[] changes)
    {
        var form = await admin.Client.ReadFormAsync(Settings, "form.nr-settings");
        foreach (var (field, value) in changes)
        {
            if (value is null)
            {
                form.Remove(field);
            }
            else
            {
                form.Set(field, value);
            }
        }
        return await form.PostAsync(admin.Client, Settings);
    }

    private Task<SiteSettings?> SavedAsync() =>
        host.WithDatabaseAsync(db => db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(Cancel));

    private CommentRules Rules => host.Services.GetRequiredService<SiteIdentity>().Current.CommentRules;

    private static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Before_the_first_save_the_form_shows_every_rule_on()
    {
        // A site of its own: the other tests here save settings.
        await using var fresh = new BylineHost();
        await fresh.InitializeAsync();
        using var admin = await NewsroomSession.SignInAsync(fresh, NewsroomRole.Admin);

        var page = await admin.Client.GetDocumentAsync(Settings);

        Assert.True(page.QuerySelector("input#HoldFirstComments")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input#LimitLinks")!.HasAttribute("checked"));
        Assert.Equal("2", page.QuerySelector("input#MaxLinks")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("textarea#BlockedWords")!.TextContent.Trim());
        Assert.Equal("", page.QuerySelector("textarea#HeldWords")!.TextContent.Trim());
        Assert.Equal("Hold a commenter's first comment", page.QuerySelector("label[for=HoldFirstComments]")!.TextContent);
    }

    [Fact]
    public async Task An_admin_saves_the_rules_and_they_apply_at_once_are_shown_again_and_are_audited()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var response = await SaveAsync(admin,
            ("HoldFirstComments", null),
            ("LimitLinks", "true"),
            ("MaxLinks", "5"),
            ("BlockedWords", "casino\r\n  Cheap pills  \r\n\r\nCASINO\r\n"),
            ("HeldWords", "refund, lawsuit\r\nrefund"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await SavedAsync())!;
        Assert.False(saved.HoldFirstComments);
        Assert.Equal(5, saved.MaxLinks);
        Assert.Equal("casino\nCheap pills", saved.BlockedWords);
        Assert.Equal("refund\nlawsuit", saved.HeldWords);
        Assert.Equal(["casino", "Cheap pills"], Rules.BlockedWords);
        Assert.Equal(["refund", "lawsuit"], Rules.HeldWords);
        Assert.False(Rules.HoldFirstComments);
        Assert.Equal(5, Rules.MaxLinks);

        var page = await admin.Client.GetDocumentAsync(Settings);
        Assert.False(page.QuerySelector("input#HoldFirstComments")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("input#LimitLinks")!.HasAttribute("checked"));
        Assert.Equal("5", page.QuerySelector("input#MaxLinks")!.GetAttribute("value"));
        Assert.Equal("casino\nCheap pills", page.QuerySelector("textarea#BlockedWords")!.TextContent.Trim());
        Assert.Equal("refund\nlawsuit", page.QuerySelector("textarea#HeldWords")!.TextContent.Trim());

        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == admin.User.Id && e.Action == AuditActions.SettingsChanged).SingleAsync(Cancel));
        Assert.Contains("hold a commenter's first comment on → off", audit.Details, StringComparison.Ordinal);
        // Other tests of this class may have saved the rules before: only the new value is certain.
        Assert.Matches("hold comments with links (off|above [0-9]+) → above 5", audit.Details);
        Assert.Contains("blocked words: added “casino”, “Cheap pills”", audit.Details, StringComparison.Ordinal);
        Assert.Contains("held words: added “refund”, “lawsuit”", audit.Details, StringComparison.Ordinal);

        // Saving the same form again changes nothing; removing a word is recorded as such.
        using var again = await SaveAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(saved.Version, (await SavedAsync())!.Version);
        using var removed = await SaveAsync(admin, ("BlockedWords", "Cheap pills"), ("HoldFirstComments", "true"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var latest = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == admin.User.Id && e.Action == AuditActions.SettingsChanged).OrderByDescending(e => e.Id).FirstAsync(Cancel));
        Assert.Contains("blocked words: removed “casino”", latest.Details, StringComparison.Ordinal);
        Assert.Contains("hold a commenter's first comment off → on", latest.Details, StringComparison.Ordinal);
        Assert.True(Rules.HoldFirstComments);
        Assert.Equal(["Cheap pills"], Rules.BlockedWords);
    }

    [Fact]
    public async Task Unticking_the_link_rule_turns_it_off_and_the_form_offers_the_default_again()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);

        using var off = await SaveAsync(admin, ("LimitLinks", null), ("MaxLinks", "7"));

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Null((await SavedAsync())!.MaxLinks);
        Assert.Null(Rules.MaxLinks);
        var page = await admin.Client.GetDocumentAsync(Settings);
        Assert.False(page.QuerySelector("input#LimitLinks")!.HasAttribute("checked"));
        Assert.Equal("2", page.QuerySelector("input#MaxLinks")!.GetAttribute("value"));

        using var zero = await SaveAsync(admin, ("LimitLinks", "true"), ("MaxLinks", "0"));
        Assert.Equal(HttpStatusCode.Redirect, zero.StatusCode);
        Assert.Equal(0, (await SavedAsync())!.MaxLinks);
        Assert.Equal(0, Rules.MaxLinks);
    }

    [Theory]
    [InlineData("21")]
    [InlineData("-1")]
    [InlineData("")]
    [InlineData("a few")]
    [InlineData("2.5")]
    public async Task A_number_of_links_outside_0_to_20_is_refused_and_nothing_is_saved(string maxLinks)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var before = await SavedAsync();

        var page = await RefusedAsync(await SaveAsync(admin, ("LimitLinks", "true"), ("MaxLinks", maxLinks), ("HeldWords", "kept in the form")));

        Assert.Contains("from 0 to 20", page.GetElementById("MaxLinks-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("input#MaxLinks")!.GetAttribute("aria-invalid"));
        Assert.Equal("kept in the form", page.QuerySelector("textarea#HeldWords")!.TextContent.Trim());
        Assert.Equal(before?.Version, (await SavedAsync())?.Version);
    }

    public static TheoryData<string, string, string> InvalidWordLists => new()
    {
        { "BlockedWords", "fine\n" + new string('w', 101), "at most 100 characters long; “wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww…” is longer" },
        { "HeldWords", string.Join("\n", Enumerable.Range(1, 501).Select(i => string.Create(CultureInfo.InvariantCulture, $"w{i}"))), "at most 500 words or phrases; this one has 501" },
        { "BlockedWords", string.Join("\n", Enumerable.Range(1, 90).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i:D3}{new string('x', 96)}"))), "at most 8,000 characters long; this one has 8,999" },
    };

    [Theory]
    [MemberData(nameof(InvalidWordLists))]
    public async Task A_word_list_that_is_too_long_is_refused_with_a_message(string field, string words, string message)
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var before = await SavedAsync();

        var page = await RefusedAsync(await SaveAsync(admin, (field, words)));

        Assert.Contains(message, page.GetElementById($"{field}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"textarea#{field}")!.GetAttribute("aria-invalid"));
        Assert.Equal(before?.Version, (await SavedAsync())?.Version);
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_cannot_change_the_rules()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var before = await SavedAsync();
        using var fields = new FormUrlEncodedContent(new Dictionary<string, string> { ["BlockedWords"] = "everything", ["Version"] = "0" });

        using var post = await editor.Client.PostAsync(new Uri(Settings, UriKind.Relative), fields, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before?.BlockedWords, (await SavedAsync())?.BlockedWords);
    }
}
