using Byline.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// The application with the spam defences as a site runs them (a form must be at least 3 seconds old; two comments per
/// email in ten minutes) on a clock the test moves by hand. The per-address limit stays high here: the in-memory rate
/// limiter counts real time and would refuse the class's later posts; <see cref="AddressLimitHost"/> tests it.
/// </summary>
public sealed class SpamDefenceHost : BylineHost
{
    public const int PostsPerEmail = 2;

    public SpamDefenceHost()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        With("Byline:Comments:MinimumFormSeconds", "3");
        With("Byline:Comments:PostsPerEmail", PostsPerEmail.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Byline:Comments:WindowMinutes", "10");
    }

    public FakeTimeProvider FakeClock => (FakeTimeProvider)Clock!;
}
