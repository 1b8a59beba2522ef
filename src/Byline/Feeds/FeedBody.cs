using AngleSharp.Html.Parser;

namespace Byline.Feeds;

/// <summary>
/// A story's stored HTML as a feed carries it. Feed readers run no script and resolve no site-relative address, so a
/// body figure keeps one plain &lt;img&gt; at its absolute address (no &lt;picture&gt;) and an embed becomes its plain
/// link (no button, no data- attributes, nothing loaded from the provider).
/// </summary>
public static class FeedBody
{
    public static string For(string html, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(absolute);
        if (!html.Contains("story__figure", StringComparison.Ordinal) && !html.Contains("data-embed-src", StringComparison.Ordinal))
        {
            return html;
        }
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var picture in document.QuerySelectorAll("figure.story__figure > picture").ToList())
        {
            if (picture.QuerySelector("img") is not { } source)
            {
                continue;
            }
            var img = document.CreateElement("img");
            var src = source.GetAttribute("src") ?? "";
            img.SetAttribute("src", src.StartsWith('/') ? absolute(src) : src);
            img.SetAttribute("alt", source.GetAttribute("alt") ?? "");
            foreach (var size in new[] { "width", "height" })
            {
                if (source.GetAttribute(size) is { } value)
                {
                    img.SetAttribute(size, value);
                }
            }
            picture.Replace(img);
        }
        foreach (var embed in document.QuerySelectorAll("figure.embed[data-embed-src]").ToList())
        {
            if (embed.QuerySelector(".embed__title a") is not { } link)
            {
                continue;
            }
            var paragraph = document.CreateElement("p");
            var plain = document.CreateElement("a");
            plain.SetAttribute("href", link.GetAttribute("href") ?? "");
            plain.TextContent = $"{embed.GetAttribute("data-embed-provider")}: {link.TextContent}";
            paragraph.AppendChild(plain);
            embed.Replace(paragraph);
        }
        return document.Body!.InnerHtml;
    }
}
