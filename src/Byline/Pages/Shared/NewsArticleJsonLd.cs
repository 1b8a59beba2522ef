using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Byline.Content;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>schema.org NewsArticle (its subtype for the story's type, see <see cref="StoryKindSchema"/>) for a story page, serialized so that it can sit inside a &lt;script&gt; element.</summary>
public static class NewsArticleJsonLd
{
    // The default encoder escapes <, > and & (so "</script>" cannot end the element) while keeping letters readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Build(Article article, SiteUrls urls, string canonicalUrl, string siteTitle, string language, int commentCount)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(urls);
        var authors = new JsonArray();
        foreach (var author in article.Authors.OrderBy(a => a.Position))
        {
            authors.Add(new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = author.Person.Name,
                ["url"] = urls.Absolute(SiteUrls.Author(author.Person.Slug)),
            });
        }

        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = StoryKindSchema.TypeOf(article.Kind),
            ["mainEntityOfPage"] = canonicalUrl,
            ["url"] = canonicalUrl,
            ["headline"] = article.Headline,
            ["description"] = article.Standfirst,
            ["datePublished"] = SiteTime.Iso(article.PublishedAt!.Value),
            ["dateModified"] = SiteTime.Iso(article.UpdatedAt ?? article.PublishedAt.Value),
            ["author"] = authors,
            ["publisher"] = new JsonObject
            {
                ["@type"] = "NewsMediaOrganization",
                ["name"] = siteTitle,
                ["url"] = urls.Absolute(SiteUrls.Home),
            },
            ["articleSection"] = article.Section.Name,
            ["keywords"] = new JsonArray(article.Tags.Select(t => (JsonNode?)JsonValue.Create(t.Name)).ToArray()),
            ["wordCount"] = article.WordCount,
            ["timeRequired"] = $"PT{article.ReadingMinutes}M",
            ["commentCount"] = commentCount,
            ["inLanguage"] = language,
        };
        if (article.FeaturedImage is { } image)
        {
            json["image"] = new JsonObject
            {
                ["@type"] = "ImageObject",
                ["url"] = urls.Absolute(Media.MediaUrls.Largest(image)),
                ["width"] = image.Widths.Count > 0 ? image.Widths[^1] : image.Width,
                ["caption"] = string.IsNullOrEmpty(image.Caption) ? image.AltText : image.Caption,
            };
        }
        if (article.Corrections.Count > 0)
        {
            json["correction"] = new JsonArray(article.Corrections.OrderBy(c => c.CreatedAt).Select(c => (JsonNode?)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = SiteTime.Iso(c.CreatedAt),
            }).ToArray());
        }
        return json.ToJsonString(Options);
    }
}
