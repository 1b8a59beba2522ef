using Byline.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The application on a clock the test moves by hand, for embargoes.</summary>
public sealed class EmbargoHost : BylineHost
{
    public EmbargoHost()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    public FakeTimeProvider FakeClock => (FakeTimeProvider)Clock!;
}
