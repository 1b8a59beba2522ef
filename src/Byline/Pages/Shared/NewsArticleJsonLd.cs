using System.Text.Json.Nodes;
using Byline.Content;
using Byline.Site;

namespace Byline.Pages.Shared;

/// <summary>schema.org NewsArticle (its subtype for the story's type, see <see cref="StoryKindSchema"/>) for a story page, serialized so that it can sit inside a &lt;script&gt; element.</summary>
public static class NewsArticleJsonLd
{
    /// <param name="image">The story's picture for sharing: its featured image, or the site's default sharing image.</param>
    /// <param name="logo">The site's logo, for the publisher; null: the logo the site ships.</param>
    public static string Build(Article article, SiteUrls urls, string canonicalUrl, string siteTitle, string language, int commentCount,
        SocialImage? image = null, SocialImage? logo = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(urls);
        var authors = new JsonArray();
        foreach (var author in article.Authors.OrderBy(a => a.Position))
        {
            authors.Add(PersonJsonLd.Reference(author.Person, urls));
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
                ["logo"] = JsonLd.ImageObject(logo ?? ShippedLogo(urls)),
            },
            ["articleSection"] = article.Section.Name,
            ["keywords"] = new JsonArray(article.Tags.Select(t => (JsonNode?)JsonValue.Create(t.Name)).ToArray()),
            ["wordCount"] = article.WordCount,
            ["timeRequired"] = $"PT{article.ReadingMinutes}M",
            ["commentCount"] = commentCount,
            ["inLanguage"] = language,
        };
        if (image is not null)
        {
            json["image"] = JsonLd.ImageObject(image);
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
        return JsonLd.Write(json);
    }

    /// <summary>The square Byline mark in wwwroot, for a site that has chosen no logo (made by tools/sample-pictures/icons.sh).</summary>
    public const string ShippedLogoPath = "/byline-logo.png";

    public static SocialImage ShippedLogo(SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return new SocialImage(urls.Absolute(ShippedLogoPath), 512, 512, "Byline");
    }
}
