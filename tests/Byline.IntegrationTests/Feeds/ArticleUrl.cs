using System.Globalization;
using System.Text.RegularExpressions;

namespace Byline.IntegrationTests.Feeds;

/// <summary>An absolute article permalink of the form /{section}/{yyyy}/{MM}/{dd}/{slug} (DESIGN section 2).</summary>
internal sealed partial record ArticleUrl(Uri Address, string Section, DateOnly Date, string Slug)
{
    /// <summary>Parses <paramref name="url"/>, asserting that it is absolute, on this site, and an article permalink.</summary>
    public static ArticleUrl Parse(string? url, Uri site)
    {
        Assert.False(string.IsNullOrWhiteSpace(url), "an article link is missing");
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var address), $"'{url}' is not an absolute URL");
        Assert.Equal(site.GetLeftPart(UriPartial.Authority), address.GetLeftPart(UriPartial.Authority));
        var match = Shape().Match(address.AbsolutePath);
        Assert.True(match.Success, $"'{address.AbsolutePath}' is not of the form /{{section}}/{{yyyy}}/{{MM}}/{{dd}}/{{slug}}");
        Assert.True(string.IsNullOrEmpty(address.Query) && string.IsNullOrEmpty(address.Fragment), $"'{url}' carries a query or fragment");
        var date = DateOnly.ParseExact(match.Groups["date"].Value, "yyyy'/'MM'/'dd", CultureInfo.InvariantCulture);
        return new ArticleUrl(address, match.Groups["section"].Value, date, match.Groups["slug"].Value);
    }

    /// <summary>The site runs in UTC (appsettings), so the URL's date is the UTC date of publication.</summary>
    public void AssertDatedBy(DateTimeOffset published) =>
        Assert.Equal(DateOnly.FromDateTime(published.UtcDateTime), Date);

    [GeneratedRegex(@"^/(?<section>[a-z0-9]+(?:-[a-z0-9]+)*)/(?<date>\d{4}/\d{2}/\d{2})/(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex Shape();
}
