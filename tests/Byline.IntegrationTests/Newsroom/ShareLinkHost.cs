using Byline.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The application on a clock the test moves by hand, so a share-preview link can expire.</summary>
public sealed class ShareLinkHost : BylineHost
{
    public ShareLinkHost()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    public FakeTimeProvider FakeClock => (FakeTimeProvider)Clock!;
}
