using System.Net;
using System.Text.RegularExpressions;
using Byline.Testing;

namespace Byline.IntegrationTests.Site;

/// <summary>Static pages made the way an editor makes them: through the newsroom's form.</summary>
internal static partial class PageDesk
{
    public const string NewPage = "/newsroom/pages/new";

    /// <summary>Fills and posts the new-page form; the response is left to the test.</summary>
    public static async Task<HttpResponseMessage> PostNewAsync(
        NewsroomSession session, string title, string slug, string body, string kind = "Other", bool published = true)
    {
        var form = await session.Client.ReadFormAsync(NewPage, "form.nr-page-form");
        form.Set("Title", title).Set("Slug", slug).Set("Body", body).Set("Kind", kind);
        if (!published)
        {
            form.Remove("Published");
        }
        return await form.PostAsync(session.Client, NewPage);
    }

    /// <summary>Creates a page and returns its id, read from the redirect to its edit page.</summary>
    public static async Task<int> CreateAsync(
        NewsroomSession session, string title, string slug, string body, string kind = "Other", bool published = true)
    {
        using var response = await PostNewAsync(session, title, slug, body, kind, published);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = EditPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"redirected to {response.Headers.Location}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Unique(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    [GeneratedRegex(@"^/newsroom/pages/(\d+)$")]
    private static partial Regex EditPath();
}
