using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// Nobody can find out who has a newsroom account, or keep a colleague out: an unknown email is answered exactly as a
/// wrong password, wrong passwords pause sign-ins to that account from that address only, and each address may try
/// only so often. Each test signs in from reader addresses of its own (X-Forwarded-For through the trusted proxy).
/// </summary>
public sealed class SignInThrottleTests(SignInThrottleHost host) : IClassFixture<SignInThrottleHost>
{
    private const int WrongPasswordsBeforePause = 5;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_wrong_passwords_pause_that_address_only_so_a_colleague_elsewhere_still_signs_in_and_the_pause_is_audited_once()
    {
        var victim = await CreateMemberAsync("Vera Victim");
        const string Attacker = "203.0.113.50";
        for (var attempt = 1; attempt <= WrongPasswordsBeforePause; attempt++)
        {
            var wrong = await SignInFromAsync(Attacker, victim.Email!, $"not the password {attempt}");
            Assert.Equal(attempt < WrongPasswordsBeforePause ? HttpStatusCode.BadRequest : HttpStatusCode.TooManyRequests, wrong.Status);
        }
        var paused = await SignInFromAsync(Attacker, victim.Email!, NewsroomSession.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.Status);
        Assert.Contains("Wait 15 minutes", paused.Problem, StringComparison.Ordinal);
        var stillPaused = await SignInFromAsync(Attacker, victim.Email!, "yet another guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, stillPaused.Status);

        var colleague = await SignInFromAsync("198.51.100.60", victim.Email!, NewsroomSession.Password);

        Assert.Equal(HttpStatusCode.Redirect, colleague.Status);
        Assert.Null(await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == victim.Id).Select(u => u.LockoutEnd).SingleAsync(Cancel)));
        var lockouts = await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Lockout && e.Subject == $"user:{victim.Id}", Cancel));
        Assert.Equal(1, lockouts);
    }

    [Fact]
    public async Task An_unknown_or_disabled_account_is_answered_exactly_as_a_wrong_password_and_paused_the_same_way()
    {
        var member = await CreateMemberAsync("Mina Member");
        var disabled = await CreateMemberAsync("Dora Disabled");
        await host.WithDatabaseAsync(db => db.Users.Where(u => u.Id == disabled.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true), Cancel));
        var accounts = new (string Address, string Email)[]
        {
            ("203.0.113.61", member.Email!),
            ("203.0.113.62", $"nobody-{Guid.NewGuid():N}@newsroom.example.org"),
            ("203.0.113.63", disabled.Email!),
        };

        for (var attempt = 1; attempt <= WrongPasswordsBeforePause + 1; attempt++)
        {
            var answers = new List<Attempt>();
            foreach (var (address, email) in accounts)
            {
                answers.Add(await SignInFromAsync(address, email, $"a wrong password, try {attempt}"));
            }
            Assert.All(answers, answer => Assert.Equal(answers[0], answer));
            Assert.False(string.IsNullOrWhiteSpace(answers[0].Problem));
        }
    }

    [Fact]
    public async Task Past_the_per_address_limit_sign_ins_get_429_with_a_page_that_says_when_to_try_again_and_other_addresses_still_sign_in()
    {
        const string Address = "203.0.113.70";
        for (var attempt = 0; attempt < SignInThrottleHost.AttemptsPerMinute; attempt++)
        {
            var allowed = await SignInFromAsync(Address, $"guess-{Guid.NewGuid():N}@newsroom.example.org", "a guessed password");
            Assert.Equal(HttpStatusCode.BadRequest, allowed.Status);
        }
        var member = await CreateMemberAsync("Tess Throttled");

        using var client = NewsroomSession.CreateClient(host);
        using var refused = await PostSignInAsync(client, Address, member.Email!, NewsroomSession.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the refusal says when to come back");
        var page = Html.Parse(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Too many sign-in attempts", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync("198.51.100.71", member.Email!, NewsroomSession.Password)).Status);
    }

    /// <summary>What a sign-in attempt answered: its status and the problem the page states.</summary>
    private sealed record Attempt(HttpStatusCode Status, string? Problem);

    private async Task<StaffUser> CreateMemberAsync(string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<NewsroomMembers>().CreateAsync(
            $"member-{Guid.NewGuid():N}@newsroom.example.org", name, NewsroomRole.Author, NewsroomSession.Password, Actor.System("Tests"), Cancel);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        return created.User!;
    }

    private async Task<Attempt> SignInFromAsync(string address, string email, string password)
    {
        using var client = NewsroomSession.CreateClient(host);
        using var response = await PostSignInAsync(client, address, email, password);
        var problem = Html.Parse(await response.Content.ReadAsStringAsync(Cancel)).QuerySelector("main [role=alert]")?.TextContent.Trim();
        return new Attempt(response.StatusCode, problem);
    }

    /// <summary>Reads the sign-in form for its antiforgery token, then posts it as a reader at <paramref name="address"/>.</summary>
    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string address, string email, string password)
    {
        var form = await client.GetDocumentAsync("/newsroom/sign-in");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/newsroom/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = password,
                ["__RequestVerificationToken"] = BrowserForm.AntiforgeryToken(form),
            }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request, Cancel);
    }
}
