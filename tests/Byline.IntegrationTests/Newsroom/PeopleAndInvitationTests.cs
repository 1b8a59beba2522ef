using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// People and invitations, through real HTTP. The host runs on a clock the tests move by hand (it stands still
/// otherwise), so a test can let the minute pass after which open sessions are checked again.
/// </summary>
public sealed class PeopleAndInvitationTests(EmbargoHost host) : IClassFixture<EmbargoHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_invited_person_joins_once_through_the_link_with_the_role_the_admin_chose()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin, "Ada Admin");
        var email = $"invitee-{Guid.NewGuid():N}@newsroom.example.org";
        var link = await InviteAsync(admin, email, "Iris Invitee", "Editor");

        using var invitee = NewsroomSession.CreateClient(host);
        var form = await invitee.GetDocumentAsync(link);
        Assert.Contains("Iris Invitee", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var accepted = await invitee.PostFormAsync("/newsroom/invitation", new Dictionary<string, string>
        {
            ["Token"] = TokenOf(link),
            ["Password"] = "a fresh passphrase for iris",
            ["ConfirmPassword"] = "a fresh passphrase for iris",
        }, link);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/newsroom", accepted.Headers.Location!.OriginalString);
        Assert.Equal("Editor", (await invitee.GetDocumentAsync("/newsroom/account")).QuerySelector("[data-role]")!.TextContent.Trim());

        using var again = NewsroomSession.CreateClient(host);
        using var reused = await again.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("already used", await reused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var reusedPost = await again.PostFormAsync("/newsroom/invitation", new Dictionary<string, string>
        {
            ["Token"] = TokenOf(link),
            ["Password"] = "someone else's passphrase",
            ["ConfirmPassword"] = "someone else's passphrase",
        }, "/newsroom/sign-in");
        Assert.Equal(HttpStatusCode.BadRequest, reusedPost.StatusCode);

        using var signIn = await again.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = "a fresh passphrase for iris",
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var (member, invitation) = await host.WithDatabaseAsync(async db => (
            await db.Users.SingleAsync(u => u.Email == email, Cancel),
            await db.Invitations.SingleAsync(i => i.Email == email, Cancel)));
        Assert.Equal(NewsroomRole.Editor, member.Role);
        Assert.NotNull(invitation.AcceptedAt);
        Assert.DoesNotContain(TokenOf(link), invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(64, invitation.TokenHash.Length);
        Assert.Equal(Invitation.Lifetime, invitation.ExpiresAt - invitation.CreatedAt);
        var actions = await host.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.Subject == $"invitation:{invitation.Id}").Select(e => e.Action).ToListAsync(Cancel));
        Assert.Contains(AuditActions.InvitationCreated, actions);
        Assert.Contains(AuditActions.InvitationAccepted, actions);
    }

    [Fact]
    public async Task The_invitation_link_is_shown_once_and_the_people_page_lists_it_without_its_token()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var link = await InviteAsync(admin, $"listed-{Guid.NewGuid():N}@newsroom.example.org", "Lena Listed", "Contributor");

        using var people = await admin.Client.GetAsync(new Uri("/newsroom/people", UriKind.Relative), Cancel);
        var html = await people.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, people.StatusCode);
        Assert.Contains("Lena Listed", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenOf(link), html, StringComparison.Ordinal);
        Assert.Contains(admin.User.DisplayName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_the_newsroom_refuses_keeps_the_invitation_open()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var email = $"weak-{Guid.NewGuid():N}@newsroom.example.org";
        var link = await InviteAsync(admin, email, "Wes Weak", "Author");
        using var invitee = NewsroomSession.CreateClient(host);

        foreach (var weak in new[] { "short", "aaaaaaaaaaaaaaaa" })
        {
            using var refused = await invitee.PostFormAsync("/newsroom/invitation", new Dictionary<string, string>
            {
                ["Token"] = TokenOf(link),
                ["Password"] = weak,
                ["ConfirmPassword"] = weak,
            }, link);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotNull(Html.Parse(await refused.Content.ReadAsStringAsync(Cancel)).QuerySelector("form input[name=Password]"));
        }

        Assert.False(await host.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email, Cancel)));
        Assert.Null(await host.WithDatabaseAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.AcceptedAt).SingleAsync(Cancel)));
        using var stillOpen = await invitee.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_with_a_clear_page()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var email = $"late-{Guid.NewGuid():N}@newsroom.example.org";
        var link = await InviteAsync(admin, email, "Leo Late", "Author");
        await host.WithDatabaseAsync(db => db.Invitations.Where(i => i.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, host.FakeClock.GetUtcNow().AddMinutes(-1)), Cancel));

        using var invitee = NewsroomSession.CreateClient(host);
        using var page = await invitee.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("expired", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var post = await invitee.PostFormAsync("/newsroom/invitation", new Dictionary<string, string>
        {
            ["Token"] = TokenOf(link),
            ["Password"] = "too late for this one",
            ["ConfirmPassword"] = "too late for this one",
        }, "/newsroom/sign-in");
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email, Cancel)));
    }

    [Fact]
    public async Task A_revoked_invitation_is_refused_and_the_revocation_is_audited()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var email = $"revoked-{Guid.NewGuid():N}@newsroom.example.org";
        var link = await InviteAsync(admin, email, "Rita Revoked", "Author");
        var id = await host.WithDatabaseAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync(Cancel));

        using var revoke = await admin.Client.PostFormAsync("/newsroom/people?handler=Revoke",
            new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/newsroom/people");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);

        using var invitee = NewsroomSession.CreateClient(host);
        using var page = await invitee.GetAsync(new Uri(link, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("withdrawn", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(
            e => e.Action == AuditActions.InvitationRevoked && e.Subject == $"invitation:{id}" && e.ActorId == admin.User.Id, Cancel)));
    }

    [Theory]
    [InlineData("/newsroom/invitation?token=not-a-real-token")]
    [InlineData("/newsroom/invitation")]
    public async Task An_unknown_invitation_link_answers_404_with_an_explanation(string path)
    {
        using var visitor = NewsroomSession.CreateClient(host);
        using var page = await visitor.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("does not work", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_for_someone_who_is_already_a_member_is_refused()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var response = await admin.Client.PostFormAsync("/newsroom/people/invite", new Dictionary<string, string>
        {
            ["Email"] = admin.User.Email!,
            ["Name"] = "Twice Over",
            ["Role"] = "Author",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already a member", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NewsroomRole.Contributor)]
    [InlineData(NewsroomRole.Author)]
    [InlineData(NewsroomRole.Editor)]
    public async Task Non_admins_get_403_on_every_people_and_audit_page_and_post(NewsroomRole role)
    {
        using var member = await NewsroomSession.SignInAsync(host, role);
        var someone = member.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var path in new[] { "/newsroom/people", "/newsroom/people/invite", $"/newsroom/people/{someone}", "/newsroom/audit", "/newsroom/audit?action=sign-in" })
        {
            using var get = await member.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.True(get.StatusCode == HttpStatusCode.Forbidden, $"GET {path} answered {(int)get.StatusCode}");
        }

        var posts = new (string Path, Dictionary<string, string> Fields)[]
        {
            ("/newsroom/people/invite", new() { ["Email"] = "sneaky@example.org", ["Name"] = "Sneaky", ["Role"] = "Admin" }),
            ($"/newsroom/people/{someone}?handler=Role", new() { ["Role"] = "Admin" }),
            ($"/newsroom/people/{someone}?handler=Disable", []),
            ($"/newsroom/people/{someone}?handler=Enable", []),
            ($"/newsroom/people/{someone}?handler=Unlock", []),
            ($"/newsroom/people/{someone}?handler=ResetLink", []),
            ($"/newsroom/people/{someone}?handler=DisableTwoFactor", []),
            ("/newsroom/people?handler=Revoke", new() { ["id"] = "1" }),
            ("/newsroom/audit", []),
        };
        foreach (var (path, fields) in posts)
        {
            // A valid antiforgery token from a page the member may open: only the role stands in the way.
            using var post = await member.Client.PostFormAsync(path, fields, "/newsroom/account");
            Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"POST {path} answered {(int)post.StatusCode}");
        }
        var role2 = await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == member.User.Id).Select(u => u.Role).SingleAsync(Cancel));
        Assert.Equal(role, role2);
    }

    [Fact]
    public async Task A_promoted_author_works_as_an_editor_once_their_session_is_renewed()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Pia Promoted");
        using (var before = await author.Client.GetAsync(new Uri("/newsroom/taxonomy", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        using var change = await admin.Client.PostFormAsync($"/newsroom/people/{author.User.Id}?handler=Role",
            new Dictionary<string, string> { ["Role"] = "Editor" }, $"/newsroom/people/{author.User.Id}");
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        // Within a minute the old session is checked against the renewed security stamp and ends.
        host.FakeClock.Advance(TimeSpan.FromMinutes(2));
        using (var stale = await author.Client.GetAsync(new Uri("/newsroom/account", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
            Assert.StartsWith("/newsroom/sign-in", stale.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using var renewed = NewsroomSession.CreateClient(host);
        using (var signIn = await renewed.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = author.User.Email!,
            ["Password"] = NewsroomSession.Password,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        Assert.Equal("Editor", (await renewed.GetDocumentAsync("/newsroom/account")).QuerySelector("[data-role]")!.TextContent.Trim());
        using (var after = await renewed.GetAsync(new Uri("/newsroom/taxonomy", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
        var entry = await host.WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.Action == AuditActions.RoleChanged && e.Subject == $"user:{author.User.Id}").SingleAsync(Cancel));
        Assert.Equal(admin.User.Id, entry.ActorId);
        Assert.Contains("Author → Editor", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_admin_who_can_sign_in_cannot_be_demoted_or_disabled()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var otherAdmin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        // Every other admin of this host is disabled: a disabled admin does not count as one who can sign in.
        await host.WithDatabaseAsync(db => db.Users
            .Where(u => u.Role == NewsroomRole.Admin && u.Id != admin.User.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true), Cancel));

        using var demote = await admin.Client.PostFormAsync($"/newsroom/people/{admin.User.Id}?handler=Role",
            new Dictionary<string, string> { ["Role"] = "Editor" }, $"/newsroom/people/{admin.User.Id}");
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Contains("only admin", await demote.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var disableSelf = await admin.Client.PostFormAsync($"/newsroom/people/{admin.User.Id}?handler=Disable",
            new Dictionary<string, string>(), $"/newsroom/people/{admin.User.Id}");
        Assert.Equal(HttpStatusCode.Conflict, disableSelf.StatusCode);

        var stillAdmin = await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == admin.User.Id).Select(u => new { u.Role, u.IsDisabled }).SingleAsync(Cancel));
        Assert.Equal(NewsroomRole.Admin, stillAdmin.Role);
        Assert.False(stillAdmin.IsDisabled);

        // With a second admin able to sign in, stepping down is allowed.
        using var enable = await admin.Client.PostFormAsync($"/newsroom/people/{otherAdmin.User.Id}?handler=Enable",
            new Dictionary<string, string>(), $"/newsroom/people/{otherAdmin.User.Id}");
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        using var stepDown = await admin.Client.PostFormAsync($"/newsroom/people/{admin.User.Id}?handler=Role",
            new Dictionary<string, string> { ["Role"] = "Editor" }, $"/newsroom/people/{admin.User.Id}");
        Assert.Equal(HttpStatusCode.Redirect, stepDown.StatusCode);
    }

    [Fact]
    public async Task A_disabled_member_cannot_sign_in_and_their_open_session_ends()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Dana Disabled");

        using var disable = await admin.Client.PostFormAsync($"/newsroom/people/{author.User.Id}?handler=Disable",
            new Dictionary<string, string>(), $"/newsroom/people/{author.User.Id}");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        using var attempt = NewsroomSession.CreateClient(host);
        using var refused = await attempt.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = author.User.Email!,
            ["Password"] = NewsroomSession.Password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        host.FakeClock.Advance(TimeSpan.FromMinutes(2));
        using var stale = await author.Client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);

        var people = await admin.Client.GetDocumentAsync("/newsroom/people");
        var row = people.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Dana Disabled", StringComparison.Ordinal));
        Assert.Contains("Disabled", row.TextContent, StringComparison.Ordinal);
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(
            e => e.Action == AuditActions.UserDisabled && e.Subject == $"user:{author.User.Id}" && e.ActorId == admin.User.Id, Cancel)));

        using var enable = await admin.Client.PostFormAsync($"/newsroom/people/{author.User.Id}?handler=Enable",
            new Dictionary<string, string>(), $"/newsroom/people/{author.User.Id}");
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        using var back = await attempt.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = author.User.Email!,
            ["Password"] = NewsroomSession.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
    }

    [Fact]
    public async Task An_admin_unlocks_a_locked_out_member()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var victim = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor, "Lou Locked");
        await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == victim.User.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, host.FakeClock.GetUtcNow().AddMinutes(15)).SetProperty(u => u.AccessFailedCount, 5), Cancel));

        var people = await admin.Client.GetDocumentAsync("/newsroom/people");
        Assert.Contains("Locked out", people.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Lou Locked", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        using var unlock = await admin.Client.PostFormAsync($"/newsroom/people/{victim.User.Id}?handler=Unlock",
            new Dictionary<string, string>(), $"/newsroom/people/{victim.User.Id}");
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);

        using var client = NewsroomSession.CreateClient(host);
        using var signIn = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = victim.User.Email!,
            ["Password"] = NewsroomSession.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_member_page_for_nobody_answers_404()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        using var response = await admin.Client.GetAsync(new Uri("/newsroom/people/987654", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Invites through the admin page and returns the one-time link's path and query.</summary>
    private static async Task<string> InviteAsync(NewsroomSession admin, string email, string name, string role)
    {
        using var response = await admin.Client.PostFormAsync("/newsroom/people/invite", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Name"] = name,
            ["Role"] = role,
        });
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"inviting answered {(int)response.StatusCode}");
        var link = new Uri(Html.Parse(html).QuerySelector("[data-invitation-link]")!.TextContent.Trim());
        Assert.Equal("/newsroom/invitation", link.AbsolutePath);
        return link.PathAndQuery;
    }

    private static string TokenOf(string link) =>
        Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
}
