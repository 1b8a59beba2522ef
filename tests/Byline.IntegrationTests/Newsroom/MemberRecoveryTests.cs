using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The way back into an account: an admin's one-time password reset link, and an admin turning off a member's
/// two-factor sign-in. The host runs on a clock the tests move by hand, so links can expire and sessions be re-checked.
/// </summary>
public sealed class MemberRecoveryTests(EmbargoHost host) : IClassFixture<EmbargoHost>
{
    private const string NewPassword = "a brand new passphrase for the desk";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reset_link_sets_a_new_password_once_ends_the_lockout_and_the_old_sessions_and_is_audited()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin, "Ada Admin");
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Rory Reset");
        await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == member.User.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LockoutEnd, host.FakeClock.GetUtcNow().AddMinutes(15)).SetProperty(u => u.AccessFailedCount, 5), Cancel));

        var link = await IssueResetLinkAsync(admin, member.User.Id);

        var memberPage = await admin.Client.GetDocumentAsync($"/newsroom/people/{member.User.Id}");
        Assert.DoesNotContain(TokenOf(link), memberPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        using var visitor = NewsroomSession.CreateClient(host);
        var form = await visitor.GetDocumentAsync(link);
        Assert.Contains("Rory Reset", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using (var reset = await PostNewPasswordAsync(visitor, link, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/newsroom/sign-in", reset.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(member.User.Email!, NewsroomSession.Password)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(member.User.Email!, NewPassword)).Status);
        using (var reused = await visitor.GetAsync(new Uri(link, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
            Assert.Contains("already used", await reused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        using (var reusedPost = await PostNewPasswordAsync(visitor, link, "someone else's passphrase", "/newsroom/sign-in"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, reusedPost.StatusCode);
        }
        host.FakeClock.Advance(TimeSpan.FromMinutes(2));
        using (var stale = await member.Client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        }

        var stored = await host.WithDatabaseAsync(db => db.UserTokens.Where(t => t.UserId == member.User.Id).Select(t => t.Value).ToListAsync(Cancel));
        Assert.All(stored, value => Assert.DoesNotContain(TokenOf(link).Split('.')[^1], value ?? "", StringComparison.Ordinal));
        var entries = await host.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Subject == $"user:{member.User.Id}").ToListAsync(Cancel));
        Assert.Contains(entries, e => e.Action == AuditActions.PasswordResetIssued && e.ActorId == admin.User.Id);
        Assert.Contains(entries, e => e.Action == AuditActions.PasswordReset && e.ActorId == member.User.Id);
    }

    [Fact]
    public async Task A_reset_link_expires_after_24_hours()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var link = await IssueResetLinkAsync(admin, member.User.Id);

        host.FakeClock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        using var visitor = NewsroomSession.CreateClient(host);
        using (var page = await visitor.GetAsync(new Uri(link, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Contains("expired", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        using (var post = await PostNewPasswordAsync(visitor, link, NewPassword, "/newsroom/sign-in"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(member.User.Email!, NewsroomSession.Password)).Status);
    }

    [Fact]
    public async Task A_disabled_member_gets_no_reset_link_and_a_link_made_before_stops_working()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Dex Departed");
        var link = await IssueResetLinkAsync(admin, member.User.Id);
        using (var disable = await admin.Client.PostFormAsync($"/newsroom/people/{member.User.Id}?handler=Disable",
            new Dictionary<string, string>(), $"/newsroom/people/{member.User.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        }

        using (var refused = await admin.Client.PostFormAsync($"/newsroom/people/{member.User.Id}?handler=ResetLink",
            new Dictionary<string, string>(), $"/newsroom/people/{member.User.Id}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var page = Html.Parse(await refused.Content.ReadAsStringAsync(Cancel));
            Assert.Contains("disabled", page.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("[data-reset-link]"));
        }
        var hashBefore = await PasswordHashAsync(member.User.Id);
        using var visitor = NewsroomSession.CreateClient(host);
        using (var old = await visitor.GetAsync(new Uri(link, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
            Assert.Contains("no longer works", await old.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        using (var post = await PostNewPasswordAsync(visitor, link, NewPassword, "/newsroom/sign-in"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        Assert.Equal(hashBefore, await PasswordHashAsync(member.User.Id));
    }

    [Fact]
    public async Task A_password_the_newsroom_refuses_keeps_the_link_open_and_a_newer_link_replaces_it()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var first = await IssueResetLinkAsync(admin, member.User.Id);
        using var visitor = NewsroomSession.CreateClient(host);

        foreach (var weak in new[] { "short", "aaaaaaaaaaaaaaaa" })
        {
            using var refused = await PostNewPasswordAsync(visitor, first, weak);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotNull(Html.Parse(await refused.Content.ReadAsStringAsync(Cancel)).QuerySelector("form input[name=Password]"));
        }
        using (var stillOpen = await visitor.GetAsync(new Uri(first, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
        }

        var second = await IssueResetLinkAsync(admin, member.User.Id);

        using (var replaced = await visitor.GetAsync(new Uri(first, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, replaced.StatusCode);
        }
        using (var current = await visitor.GetAsync(new Uri(second, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        }
    }

    [Fact]
    public async Task A_reset_post_without_the_antiforgery_token_is_refused()
    {
        using var visitor = NewsroomSession.CreateClient(host);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = "1.guess",
            ["Password"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });
        using var response = await visitor.PostAsync(new Uri("/newsroom/reset-password", UriKind.Relative), content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_turns_off_a_members_two_factor_sign_in_which_ends_their_sessions_and_is_audited()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Tomas Twofactor");
        await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == member.User.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true), Cancel));
        var memberPage = await admin.Client.GetDocumentAsync($"/newsroom/people/{member.User.Id}");
        Assert.NotNull(memberPage.QuerySelector("form[action*='handler=DisableTwoFactor'] button"));

        using (var turnOff = await admin.Client.PostFormAsync($"/newsroom/people/{member.User.Id}?handler=DisableTwoFactor",
            new Dictionary<string, string>(), $"/newsroom/people/{member.User.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, turnOff.StatusCode);
        }

        Assert.False(await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == member.User.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Cancel)));
        host.FakeClock.Advance(TimeSpan.FromMinutes(2));
        using (var stale = await member.Client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
            Assert.StartsWith("/newsroom/sign-in", stale.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom"), await SignInAsync(member.User.Email!, NewsroomSession.Password));
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(
            e => e.Action == AuditActions.TwoFactorChanged && e.Subject == $"user:{member.User.Id}" && e.ActorId == admin.User.Id, Cancel)));
    }

    /// <summary>Creates a reset link on the member's page and returns its path and query (shown once, in that response).</summary>
    private static async Task<string> IssueResetLinkAsync(NewsroomSession admin, int memberId)
    {
        using var response = await admin.Client.PostFormAsync($"/newsroom/people/{memberId}?handler=ResetLink",
            new Dictionary<string, string>(), $"/newsroom/people/{memberId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"creating a reset link answered {(int)response.StatusCode}");
        var link = new Uri(Html.Parse(await response.Content.ReadAsStringAsync(Cancel)).QuerySelector("[data-reset-link]")!.TextContent.Trim());
        Assert.Equal("/newsroom/reset-password", link.AbsolutePath);
        return link.PathAndQuery;
    }

    private static Task<HttpResponseMessage> PostNewPasswordAsync(HttpClient client, string link, string password, string? formPage = null) =>
        client.PostFormAsync("/newsroom/reset-password", new Dictionary<string, string>
        {
            ["Token"] = TokenOf(link),
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        }, formPage ?? link);

    /// <summary>Signs in from a fresh browser; returns the status and where it was sent.</summary>
    private async Task<(HttpStatusCode Status, string? Location)> SignInAsync(string email, string password)
    {
        using var client = NewsroomSession.CreateClient(host);
        using var response = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        return (response.StatusCode, response.Headers.Location?.OriginalString);
    }

    private Task<string?> PasswordHashAsync(int userId) =>
        host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync(Cancel));

    private static string TokenOf(string link) =>
        Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
}
