using Byline.Comments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Byline.Tests.Comments;

public sealed class CommentFormTokensTests
{
    private const string SiteHost = "news.example.org";
    private const int ArticleId = 42;

    private static readonly IOptions<CommentOptions> NoMinimumAge = Options.Create(new CommentOptions { MinimumFormSeconds = 0 });

    private readonly EphemeralDataProtectionProvider _protection = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly CommentFormTokens _tokens;

    public CommentFormTokensTests()
    {
        _tokens = new CommentFormTokens(_protection, _clock, NoMinimumAge);
    }

    private static HttpRequest Post(string host = SiteHost, string? origin = null, string? fetchSite = null)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = HttpMethods.Post;
        request.Scheme = "https";
        request.Host = new HostString(host);
        if (origin is not null)
        {
            request.Headers.Origin = origin;
        }
        if (fetchSite is not null)
        {
            request.Headers["Sec-Fetch-Site"] = fetchSite;
        }
        return request;
    }

    [Fact]
    public void An_issued_token_is_valid_for_its_story()
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Valid, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void A_token_is_a_url_safe_string()
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void A_token_for_one_story_is_invalid_for_another()
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Invalid, _tokens.Check(Post(), token, ArticleId + 1).Result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_token_is_reported_as_missing(string? token)
    {
        Assert.Equal(CommentTokenCheck.Missing, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void A_tampered_token_is_invalid()
    {
        var token = _tokens.Issue(ArticleId);
        var middle = token.Length / 2;
        var tampered = string.Concat(token.AsSpan(0, middle), token[middle] == 'A' ? "B" : "A", token.AsSpan(middle + 1));

        Assert.NotEqual(token, tampered);
        Assert.Equal(CommentTokenCheck.Invalid, _tokens.Check(Post(), tampered, ArticleId).Result);
    }

    [Fact]
    public void A_truncated_token_is_invalid()
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Invalid, _tokens.Check(Post(), token[..^4], ArticleId).Result);
    }

    [Theory]
    [InlineData("not a token!")]
    [InlineData("%%%%")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Garbage_is_invalid(string token)
    {
        Assert.Equal(CommentTokenCheck.Invalid, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void A_token_signed_with_other_keys_is_invalid()
    {
        var otherSite = new CommentFormTokens(new EphemeralDataProtectionProvider(), _clock, NoMinimumAge);
        var token = otherSite.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Invalid, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void Data_protected_for_another_purpose_is_invalid()
    {
        var payload = new byte[12];
        payload[3] = ArticleId;
        var token = Convert.ToBase64String(_protection.CreateProtector("Something.Else").Protect(payload))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(CommentTokenCheck.Invalid, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void A_token_is_valid_until_its_lifetime_is_over()
    {
        var token = _tokens.Issue(ArticleId);

        _clock.Advance(CommentFormTokens.Lifetime - TimeSpan.FromMinutes(1));

        Assert.Equal(CommentTokenCheck.Valid, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void A_token_older_than_its_lifetime_has_expired()
    {
        var token = _tokens.Issue(ArticleId);

        _clock.Advance(CommentFormTokens.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Equal(CommentTokenCheck.Expired, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void A_token_lives_long_enough_to_write_a_comment_but_hours_not_days()
    {
        Assert.InRange(CommentFormTokens.Lifetime, TimeSpan.FromHours(1), TimeSpan.FromHours(6));
    }

    [Fact]
    public void Each_token_has_an_id_of_its_own_which_a_valid_check_gives_back()
    {
        var first = _tokens.Check(Post(), _tokens.Issue(ArticleId), ArticleId);
        var second = _tokens.Check(Post(), _tokens.Issue(ArticleId), ArticleId);

        Assert.Equal(CommentTokenCheck.Valid, first.Result);
        Assert.NotEqual(Guid.Empty, first.Id);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void A_refused_token_gives_no_id()
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(Guid.Empty, _tokens.Check(Post(), token, ArticleId + 1).Id);
        Assert.Equal(Guid.Empty, _tokens.Check(Post(origin: "https://evil.example"), token, ArticleId).Id);
    }

    [Fact]
    public void A_token_from_a_clock_slightly_ahead_is_accepted()
    {
        var aheadClock = new FakeTimeProvider(_clock.GetUtcNow().AddMinutes(2));
        var token = new CommentFormTokens(_protection, aheadClock, NoMinimumAge).Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Valid, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void A_token_from_far_in_the_future_is_refused()
    {
        var futureClock = new FakeTimeProvider(_clock.GetUtcNow().AddHours(1));
        var token = new CommentFormTokens(_protection, futureClock, NoMinimumAge).Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Expired, _tokens.Check(Post(), token, ArticleId).Result);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://news.example.org.evil.example")]
    [InlineData("https://evil.example/news.example.org")]
    [InlineData("https://news.example.org:8443")]
    [InlineData("not a url")]
    public void A_post_from_another_origin_is_cross_site(string origin)
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.CrossSite, _tokens.Check(Post(origin: origin), token, ArticleId).Result);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public void A_post_that_the_browser_marks_as_from_another_site_is_cross_site(string fetchSite)
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.CrossSite, _tokens.Check(Post(fetchSite: fetchSite), token, ArticleId).Result);
    }

    [Fact]
    public void Sec_Fetch_Site_cross_site_wins_over_a_matching_origin()
    {
        var token = _tokens.Issue(ArticleId);
        var request = Post(origin: "https://news.example.org", fetchSite: "cross-site");

        Assert.Equal(CommentTokenCheck.CrossSite, _tokens.Check(request, token, ArticleId).Result);
    }

    [Fact]
    public void A_cross_site_post_is_refused_before_its_token_is_looked_at()
    {
        Assert.Equal(CommentTokenCheck.CrossSite, _tokens.Check(Post(origin: "https://evil.example"), null, ArticleId).Result);
    }

    [Theory]
    [InlineData("https://news.example.org")]
    [InlineData("https://NEWS.Example.org")]
    [InlineData("https://news.example.org:443")]
    [InlineData("null")]
    public void A_same_origin_post_is_fine(string origin)
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Valid, _tokens.Check(Post(origin: origin, fetchSite: "same-origin"), token, ArticleId).Result);
    }

    [Theory]
    [InlineData("same-origin")]
    [InlineData("none")]
    public void A_post_the_browser_marks_as_same_origin_or_user_initiated_is_fine(string fetchSite)
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Valid, _tokens.Check(Post(fetchSite: fetchSite), token, ArticleId).Result);
    }

    [Fact]
    public void The_port_is_part_of_the_origin()
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Valid, _tokens.Check(Post(host: "localhost:5080", origin: "http://localhost:5080"), token, ArticleId).Result);
        Assert.Equal(CommentTokenCheck.CrossSite, _tokens.Check(Post(host: "localhost:5080", origin: "http://localhost:5081"), token, ArticleId).Result);
    }

    [Fact]
    public void A_post_without_origin_headers_relies_on_the_token()
    {
        var token = _tokens.Issue(ArticleId);

        Assert.Equal(CommentTokenCheck.Valid, _tokens.Check(Post(), token, ArticleId).Result);
        Assert.Equal(CommentTokenCheck.Invalid, _tokens.Check(Post(), token, 7).Result);
    }

    [Fact]
    public void A_null_request_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => _tokens.Check(null!, _tokens.Issue(ArticleId), ArticleId));
    }

    [Fact]
    public void A_form_posted_sooner_than_the_minimum_after_it_was_made_is_refused_as_too_fast()
    {
        var tokens = new CommentFormTokens(_protection, _clock, Options.Create(new CommentOptions { MinimumFormSeconds = 3 }));
        var token = tokens.Issue(ArticleId);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(CommentTokenCheck.TooFast, tokens.Check(Post(), token, ArticleId).Result);
        Assert.Equal(CommentTokenCheck.Valid, tokens.Check(Post(), token, ArticleId, requireMinimumAge: false).Result);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CommentTokenCheck.Valid, tokens.Check(Post(), token, ArticleId).Result);
    }

    [Fact]
    public void The_minimum_time_is_counted_from_the_moment_of_issue_not_from_the_whole_second_before_it()
    {
        var tokens = new CommentFormTokens(_protection, _clock, Options.Create(new CommentOptions { MinimumFormSeconds = 3 }));
        _clock.Advance(TimeSpan.FromMilliseconds(700));
        var token = tokens.Issue(ArticleId);

        _clock.Advance(TimeSpan.FromMilliseconds(2_900));
        Assert.Equal(CommentTokenCheck.TooFast, tokens.Check(Post(), token, ArticleId).Result);

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(CommentTokenCheck.Valid, tokens.Check(Post(), token, ArticleId).Result);
    }
}
