using Xunit;

namespace Byline.Testing;

/// <summary>
/// The outside services some tests need (PostgreSQL, Redis). Without them a test is skipped with a message saying what
/// is missing, unless BYLINE_REQUIRE_ALL=1 (CI), where a missing service is a failure: CI never skips silently.
/// </summary>
public static class TestServices
{
    /// <summary>BYLINE_TEST_REDIS, for example "127.0.0.1:6379".</summary>
    public static string? Redis =>
        Environment.GetEnvironmentVariable("BYLINE_TEST_REDIS") is { Length: > 0 } value ? value : null;

    public static bool RequireAll => Environment.GetEnvironmentVariable("BYLINE_REQUIRE_ALL") == "1";

    /// <summary>Skips (or, in CI, fails) the calling test when <paramref name="available"/> is false.</summary>
    public static void Require(bool available, string what)
    {
        if (available)
        {
            return;
        }
        var message = $"This test needs {what}.";
        if (RequireAll)
        {
            Assert.Fail(message + " BYLINE_REQUIRE_ALL=1 forbids skipping.");
        }
        Assert.Skip(message);
    }
}
