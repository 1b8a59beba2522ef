using System.Globalization;
using System.Text.RegularExpressions;
using Byline.Site;

namespace Byline.Transfer.WordPress;

/// <summary>What an item's fields say beyond their text: the addresses it had, and the images its HTML shows.</summary>
internal static partial class WordPressPostParts
{
    /// <summary>The paths the story answered at in WordPress: its permalink and /?p=ID (/?page_id=ID for a page).</summary>
    public static IEnumerable<string> OldPaths(WxrItem item, bool isPage)
    {
        if (Uri.TryCreate(item.Link, UriKind.Absolute, out var link))
        {
            var query = System.Web.HttpUtility.ParseQueryString(link.Query);
            if (query["p"] is { } p && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                yield return "/?p=" + p;
            }
            else if (query["page_id"] is { } pageId && int.TryParse(pageId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                yield return "/?page_id=" + pageId;
            }
            // WordPress.com writes some permalinks with a doubled slash (https://site//greek/…); readers ask for /greek/….
            else if (OldPathRedirects.Normalize(RepeatedSlashes().Replace(Uri.UnescapeDataString(link.AbsolutePath), "/")) is { } path)
            {
                yield return path;
            }
        }
        if (int.TryParse(item.PostId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            yield return (isPage ? "/?page_id=" : "/?p=") + item.PostId;
        }
    }

    /// <summary>
    /// Every image address in a post's HTML with its alt text: each &lt;img src&gt;, and each link to an image (WordPress
    /// links a resized picture to its full-size file).
    /// </summary>
    public static IEnumerable<(string Address, string Alt)> BodyImages(string html)
    {
        foreach (Match tag in ImageOrLinkTag().Matches(html))
        {
            var isImage = tag.Value.StartsWith("<img", StringComparison.OrdinalIgnoreCase);
            if (Attribute(tag.Value, isImage ? "src" : "href") is { } address && ImageExtension().IsMatch(address))
            {
                yield return (address, isImage ? Attribute(tag.Value, "alt") ?? "" : "");
            }
        }
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $@"\s{name}\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) is { Success: true } match
            ? System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value).Trim()
            : null;


    [GeneratedRegex("/{2,}")]
    private static partial Regex RepeatedSlashes();

    [GeneratedRegex(@"<(?:img|a)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageOrLinkTag();

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|webp)(?:[?#].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageExtension();
}
