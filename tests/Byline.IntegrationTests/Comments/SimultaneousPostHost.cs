using Byline.Testing;

namespace Byline.IntegrationTests.Comments;

/// <summary>The application with the site's default limit per email (three comments in ten minutes), for posts sent all at once.</summary>
public sealed class SimultaneousPostHost : BylineHost
{
    public const int PostsPerEmail = 3;

    public SimultaneousPostHost()
    {
        With("Byline:Comments:PostsPerEmail", PostsPerEmail.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Byline:Comments:WindowMinutes", "10");
    }
}
