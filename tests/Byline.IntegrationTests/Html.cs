using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Byline.IntegrationTests;

/// <summary>Parses pages the way a browser would, so assertions are about the DOM, not about strings.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
