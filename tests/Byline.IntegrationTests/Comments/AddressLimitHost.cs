using Byline.Testing;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// The application allowing two comment posts per client address in ten minutes. The ASP.NET rate limiter keeps its
/// count in memory, so each test starts a host of its own.
/// </summary>
public sealed class AddressLimitHost : BylineHost
{
    public const int PostsPerAddress = 2;

    public AddressLimitHost()
    {
        With("Byline:Comments:PostsPerAddress", PostsPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Byline:Comments:WindowMinutes", "10");
    }
}
