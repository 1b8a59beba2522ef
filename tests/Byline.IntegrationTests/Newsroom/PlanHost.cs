using Byline.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The application on a clock the test moves by hand, started at 09:00 (UTC, the site's time zone in tests) today, so a
/// day's plan, its deadlines and their lateness can be reached without waiting, and a test never straddles midnight.
/// </summary>
public sealed class PlanHost : BylineHost
{
    public PlanHost()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero));
    }

    public FakeTimeProvider FakeClock => (FakeTimeProvider)Clock!;
}
