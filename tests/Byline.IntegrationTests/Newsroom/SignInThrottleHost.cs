using System.Globalization;
using Byline.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The application behind a trusted proxy at 127.0.0.1 (the test client), so a test can sign in from several reader
/// addresses with X-Forwarded-For, and with a small per-address limit of sign-in attempts.
/// </summary>
public sealed class SignInThrottleHost : BylineHost
{
    public const int AttemptsPerMinute = 8;

    public SignInThrottleHost()
    {
        With("Byline:Proxy:KnownProxies:0", "127.0.0.1");
        With("Byline:SignIn:AttemptsPerMinute", AttemptsPerMinute.ToString(CultureInfo.InvariantCulture));
    }
}
