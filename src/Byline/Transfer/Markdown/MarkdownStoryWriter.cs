using System.Globalization;
using System.Text;
using Byline.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Byline.Transfer.Markdown;

/// <summary>Writes one story file: front matter between '---' lines, then the body exactly as stored.</summary>
public static class MarkdownStoryWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        // "null", "true" or "2026" as a headline must come back as that text, not as a null, a boolean or a number.
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    public static string Write(StoryFrontMatter meta, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder();
        text.Append("---\n").Append(Yaml.Serialize(meta).ReplaceLineEndings("\n")).Append("---\n").Append(body);
        return text.ToString();
    }

    /// <summary>The front matter of <paramref name="article"/> (loaded with its section, authors, tags and corrections).</summary>
    public static StoryFrontMatter FrontMatterOf(Article article, IReadOnlyList<StoryImage> images, string? featuredImageFile)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new StoryFrontMatter
        {
            Headline = article.Headline,
            Slug = article.Slug,
            Section = new NamedSlug { Slug = article.Section.Slug, Name = article.Section.Name },
            Authors = article.Authors.OrderBy(a => a.Position).Select(a => new NamedSlug { Slug = a.Person.Slug, Name = a.Person.Name }).ToList(),
            Tags = article.Tags.OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => new NamedSlug { Slug = t.Slug, Name = t.Name }).ToList(),
            Standfirst = article.Standfirst,
            Type = StoryKinds.NameOf(article.Kind),
            Status = MarkdownStatus.NameOf(article.Status),
            Created = Date(article.CreatedAt),
            Published = article.PublishedAt is { } published ? Date(published) : null,
            Updated = article.UpdatedAt is { } updated ? Date(updated) : null,
            SeoTitle = article.SeoTitle,
            SeoDescription = article.SeoDescription,
            CommentsOpen = article.CommentsOpen,
            FeaturedImage = featuredImageFile,
            Images = images.ToList(),
            Corrections = article.Corrections.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                .Select(c => new StoryCorrection { Date = Date(c.CreatedAt), Text = c.Text }).ToList(),
        };
    }

    /// <summary>UTC with every digit the database keeps ("O": 100-nanosecond ticks), so the date comes back unchanged.</summary>
    private static string Date(DateTimeOffset date) => date.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
