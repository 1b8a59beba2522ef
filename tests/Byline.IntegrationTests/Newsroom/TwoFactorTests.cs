using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// Two-factor sign-in end to end: enrolment with a code computed here from the shared key (RFC 6238, written in the
/// test rather than borrowed from the application), then the second sign-in step with app codes and recovery codes.
/// </summary>
public sealed class TwoFactorTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_enrols_with_an_authenticator_and_then_needs_its_code_to_sign_in()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Tove Totp");
        var (key, recoveryCodes) = await EnrolAsync(session);

        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(recoveryCodes.Count, recoveryCodes.Distinct().Count());
        Assert.True(await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == session.User.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Cancel)));
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TwoFactorChanged && e.ActorId == session.User.Id, Cancel)));
        // The recovery codes are shown once: the page no longer lists them.
        var later = await session.Client.GetDocumentAsync("/newsroom/account/two-factor");
        Assert.Empty(later.QuerySelectorAll("[data-recovery-codes] li"));
        Assert.Contains("10 recovery codes left", later.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using (var signOut = await session.Client.PostFormAsync("/newsroom/sign-out", new Dictionary<string, string>(), "/newsroom/account"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }
        using (var desk = await session.Client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        }

        using var client = NewsroomSession.CreateClient(host);
        await PasswordStepAsync(client, session.User.Email!);
        using (var wrong = await SecondStepAsync(client, WrongCode(key)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("not right", await wrong.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        using (var stillOut = await client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
        }
        using (var right = await SecondStepAsync(client, Totp(key, DateTimeOffset.UtcNow)))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal("/newsroom", right.Headers.Location!.OriginalString);
        }
        using var signedIn = await client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var failures = await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignInFailed && e.ActorId == session.User.Id, Cancel));
        Assert.Equal(1, failures);
    }

    [Fact]
    public async Task A_password_alone_no_longer_signs_in_once_two_factor_is_on()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        await EnrolAsync(session);

        using var client = NewsroomSession.CreateClient(host);
        await PasswordStepAsync(client, session.User.Email!);
        using var desk = await client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", desk.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_not_twice()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var (_, recoveryCodes) = await EnrolAsync(session);
        var code = recoveryCodes[3];

        using var first = NewsroomSession.CreateClient(host);
        await PasswordStepAsync(first, session.User.Email!);
        using (var used = await SecondStepAsync(first, code))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }
        using (var desk = await first.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        }

        using var second = NewsroomSession.CreateClient(host);
        await PasswordStepAsync(second, session.User.Email!);
        using var reused = await SecondStepAsync(second, code);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        var account = await first.GetDocumentAsync("/newsroom/account/two-factor");
        Assert.Contains("9 recovery codes left", account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var (_, oldCodes) = await EnrolAsync(session);

        using var regenerated = await session.Client.PostFormAsync("/newsroom/account/two-factor?handler=RecoveryCodes", new Dictionary<string, string>(), "/newsroom/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, regenerated.StatusCode);
        var newCodes = CodesIn(await regenerated.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));

        using var client = NewsroomSession.CreateClient(host);
        await PasswordStepAsync(client, session.User.Email!);
        using (var old = await SecondStepAsync(client, oldCodes[0]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        }
        using var fresh = await SecondStepAsync(client, newCodes[0]);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var key = SharedKey(await session.Client.GetDocumentAsync("/newsroom/account/two-factor"));

        using var response = await session.Client.PostFormAsync("/newsroom/account/two-factor?handler=Enable",
            new Dictionary<string, string> { ["Code"] = WrongCode(key) }, "/newsroom/account/two-factor");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == session.User.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Cancel)));
        // The same key is still offered: the member can simply try again.
        Assert.Equal(key, SharedKey(Html.Parse(await response.Content.ReadAsStringAsync(Cancel))));
    }

    [Fact]
    public async Task The_enrolment_page_shows_the_key_as_a_qr_code_image()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var page = await session.Client.GetDocumentAsync("/newsroom/account/two-factor");

        var image = page.QuerySelector("img.nr-qr")!;
        Assert.StartsWith("data:image/png;base64,", image.GetAttribute("src"), StringComparison.Ordinal);
        var png = Convert.FromBase64String(image.GetAttribute("src")!["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_a_current_code_or_the_password()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        await EnrolAsync(session);

        using (var refused = await session.Client.PostFormAsync("/newsroom/account/two-factor?handler=Disable",
            new Dictionary<string, string> { ["Password"] = "not my password at all" }, "/newsroom/account/two-factor"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        using (var nothing = await session.Client.PostFormAsync("/newsroom/account/two-factor?handler=Disable",
            new Dictionary<string, string>(), "/newsroom/account/two-factor"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        }
        Assert.True(await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == session.User.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Cancel)));

        using (var off = await session.Client.PostFormAsync("/newsroom/account/two-factor?handler=Disable",
            new Dictionary<string, string> { ["Password"] = NewsroomSession.Password }, "/newsroom/account/two-factor"))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }
        Assert.False(await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == session.User.Id).Select(u => u.TwoFactorEnabled).SingleAsync(Cancel)));

        using var client = NewsroomSession.CreateClient(host);
        using var signIn = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = session.User.Email!,
            ["Password"] = NewsroomSession.Password,
        });
        Assert.Equal("/newsroom", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_and_the_lockout_is_audited_once_however_often_it_is_tried()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var (key, _) = await EnrolAsync(session);
        using var client = NewsroomSession.CreateClient(host);
        await PasswordStepAsync(client, session.User.Email!);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SecondStepAsync(client, WrongCode(key));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var locked = await SecondStepAsync(client, Totp(key, DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
            Assert.Contains("locked for 15 minutes", await locked.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using (var desk = await client.GetAsync(new Uri("/newsroom", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        }
        var lockouts = await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Lockout && e.Subject == $"user:{session.User.Id}", Cancel));
        Assert.Equal(1, lockouts);
    }

    [Fact]
    public async Task A_member_changes_their_password_with_the_current_one()
    {
        using var session = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        const string NewPassword = "an entirely new passphrase";

        using (var wrong = await session.Client.PostFormAsync("/newsroom/account", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "this is not the password",
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("not your current password", await wrong.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        using (var changed = await session.Client.PostFormAsync("/newsroom/account", new Dictionary<string, string>
        {
            ["CurrentPassword"] = NewsroomSession.Password,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }
        using (var stillIn = await session.Client.GetAsync(new Uri("/newsroom/account", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        }

        using var client = NewsroomSession.CreateClient(host);
        using var signIn = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = session.User.Email!,
            ["Password"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.PasswordChanged && e.ActorId == session.User.Id, Cancel)));
    }

    /// <summary>Turns two-factor on through the account page; returns the shared key and the recovery codes shown.</summary>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(NewsroomSession session)
    {
        var key = SharedKey(await session.Client.GetDocumentAsync("/newsroom/account/two-factor"));
        using var response = await session.Client.PostFormAsync("/newsroom/account/two-factor?handler=Enable",
            new Dictionary<string, string> { ["Code"] = Totp(key, DateTimeOffset.UtcNow) }, "/newsroom/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (key, CodesIn(await response.Content.ReadAsStringAsync(Cancel)));
    }

    private static async Task PasswordStepAsync(HttpClient client, string email)
    {
        using var response = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = NewsroomSession.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/sign-in/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code) =>
        client.PostFormAsync("/newsroom/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });

    private static string SharedKey(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("[data-shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static List<string> CodesIn(string html) =>
        Html.Parse(html).QuerySelectorAll("[data-recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>A six-digit code that is valid in no time step near now (so not by chance the right one).</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(n => n.ToString("D6", CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    /// <summary>RFC 6238 TOTP with the RFC 4226 truncation: HMAC-SHA1 over the 30-second step counter, 6 digits.</summary>
    internal static string Totp(string base32Key, DateTimeOffset at)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        // SHA-1 is what RFC 6238 and every authenticator app use by default; HMAC-SHA1 is not weakened by SHA-1 collisions.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32 (A–Z, 2–7), the alphabet authenticator keys are written in.</summary>
    private static byte[] Base32Decode(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            Assert.True(value >= 0, $"'{c}' is not a base32 character");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xFF));
            }
        }
        return [.. bytes];
    }
}
