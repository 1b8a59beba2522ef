using System.Globalization;
using Byline.Content;
using Byline.Media;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Byline.Transfer.Markdown;

/// <summary>
/// Reads one story file (YAML front matter, then the Markdown body) and checks it. A problem is a
/// <see cref="MarkdownInputException"/> naming the file, the line and the field; nothing is half read.
/// </summary>
public static class MarkdownStoryReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static MarkdownStory Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = FrontMatterDocument.Split(text)
            ?? throw new MarkdownInputException(file, 1, "front matter", "the file must start with YAML front matter between two '---' lines");

        StoryFrontMatter meta;
        YamlLines lines;
        try
        {
            meta = Yaml.Deserialize<StoryFrontMatter?>(document.Yaml) ?? new StoryFrontMatter();
            lines = new YamlLines(document.Yaml, FrontMatterDocument.YamlFirstLine);
        }
        catch (YamlException e)
        {
            var line = (int)Math.Max(1, e.Start.Line) + FrontMatterDocument.YamlFirstLine - 1;
            throw new MarkdownInputException(file, line, "front matter", "the YAML cannot be read: " + Describe(e));
        }

        var story = new Checks(file, meta, lines);
        return story.Run(document.Body);
    }

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        // YamlDotNet names the .NET type ("Property 'x' not found on type 'Byline…'"): say it in the file's terms.
        var notFound = inner.IndexOf("' not found on type", StringComparison.Ordinal);
        return notFound > 0 && inner.StartsWith("Property '", StringComparison.Ordinal)
            ? $"unknown key '{inner["Property '".Length..notFound]}'"
            : inner.ReplaceLineEndings(" ");
    }

    private sealed class Checks(string file, StoryFrontMatter meta, YamlLines lines)
    {
        public MarkdownStory Run(string body)
        {
            Required(meta.Headline, "headline", Article.HeadlineMaxLength);
            Slug(meta.Slug, "slug", "slug");
            if (meta.Section is not { } section)
            {
                throw Problem("section", "the section is missing: give its slug and name", "section");
            }
            Named(section, "section", "section");
            for (var i = 0; i < meta.Authors.Count; i++)
            {
                Named(meta.Authors[i], $"authors[{i}]", "authors", i);
            }
            Unique(meta.Authors, "authors");
            for (var i = 0; i < meta.Tags.Count; i++)
            {
                Named(meta.Tags[i], $"tags[{i}]", "tags", i);
            }
            Unique(meta.Tags, "tags");
            AtMost(meta.Standfirst, "standfirst", Article.StandfirstMaxLength);
            AtMost(meta.SeoTitle, "seo_title", Article.SeoTitleMaxLength);
            AtMost(meta.SeoDescription, "seo_description", Article.SeoDescriptionMaxLength);

            if (meta.Type is not null && !StoryKinds.TryParse(meta.Type, out _))
            {
                throw Problem("type", $"'{meta.Type}' is not a story type: use one of {StoryKinds.AllNames}", "type");
            }
            if (!MarkdownStatus.TryParse(meta.Status, out var status))
            {
                throw Problem("status", meta.Status is null
                    ? $"the status is missing: one of {MarkdownStatus.AllNames}"
                    : $"'{meta.Status}' is not a status: use one of {MarkdownStatus.AllNames}", "status");
            }
            var created = Date(meta.Created, "created") ?? throw Problem("created", "the creation date is missing", "created");
            var published = Date(meta.Published, "published");
            if (published is null && status is ArticleStatus.Published or ArticleStatus.Scheduled or ArticleStatus.Unpublished)
            {
                throw Problem("published", $"a {MarkdownStatus.NameOf(status)} story needs its publication date", "published");
            }
            var updated = Date(meta.Updated, "updated");

            if (body.Length > Publishing.ArticleDraft.BodyMaxLength)
            {
                // The body has no YAML line: name the line where it starts.
                throw new MarkdownInputException(file, lines.BodyLine, "body", string.Create(CultureInfo.InvariantCulture,
                    $"at most {Publishing.ArticleDraft.BodyMaxLength:N0} characters, as in the editor; it has {body.Length:N0}"));
            }
            CheckImages();
            var corrections = new List<DatedCorrection>(meta.Corrections.Count);
            for (var i = 0; i < meta.Corrections.Count; i++)
            {
                var correction = meta.Corrections[i];
                var date = Date(correction.Date, $"corrections[{i}].date", "corrections", i, "date")
                    ?? throw Problem($"corrections[{i}].date", "the correction's date is missing", "corrections", i);
                Required(correction.Text, $"corrections[{i}].text", Correction.TextMaxLength, "corrections", i, "text");
                corrections.Add(new DatedCorrection(date, correction.Text!));
            }
            return new MarkdownStory(file, meta, status, created, published, updated, corrections, body, lines);
        }

        private void CheckImages()
        {
            var files = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < meta.Images.Count; i++)
            {
                var image = meta.Images[i];
                var field = $"images[{i}]";
                if (string.IsNullOrWhiteSpace(image.File))
                {
                    throw Problem(field + ".file", "the image's file is missing", "images", i, "file");
                }
                if (Path.IsPathRooted(image.File) || image.File.Replace('\\', '/').Split('/').Any(part => part is ".." or "."))
                {
                    throw Problem(field + ".file", $"'{image.File}' must be a path relative to the story file, inside the folder", "images", i, "file");
                }
                if (!files.Add(image.File))
                {
                    throw Problem(field + ".file", $"'{image.File}' is listed twice", "images", i, "file");
                }
                if (image.Key is not null && !MediaFileNames.IsVariant(image.Key + "-1.jpg"))
                {
                    throw Problem(field + ".key", $"'{image.Key}' is not a media storage key (16 to 64 lowercase letters and digits)", "images", i, "key");
                }
                if (image.Width is < 1 || image.Height is < 1 || image.Width.HasValue != image.Height.HasValue)
                {
                    throw Problem(field + ".width", "give both width and height, in pixels, or neither", "images", i, "width");
                }
                var details = new MediaDetails(image.AltText, image.Caption, image.Credit).Validate();
                foreach (var (name, message) in details)
                {
                    var key = name switch { nameof(MediaDetails.AltText) => "alt_text", nameof(MediaDetails.Caption) => "caption", _ => "credit" };
                    throw Problem($"{field}.{key}", message, "images", i, key);
                }
            }
            if (meta.FeaturedImage is { } featured && !files.Contains(featured))
            {
                throw Problem("featured_image", $"'{featured}' is not one of the files listed under images", "featured_image");
            }
        }

        private void Required(string? value, string field, int maxLength, params object[] path)
        {
            path = path.Length == 0 ? [field] : path;
            if (string.IsNullOrWhiteSpace(value))
            {
                throw Problem(field, $"the {field} is missing or empty", path);
            }
            AtMost(value, field, maxLength, path);
        }

        private void AtMost(string? value, string field, int maxLength, params object[] path)
        {
            if (value is not null && value.Length > maxLength)
            {
                throw Problem(field, string.Create(CultureInfo.InvariantCulture, $"at most {maxLength} characters; it has {value.Length}"), path.Length == 0 ? [field] : path);
            }
        }

        private void Slug(string? value, string field, params object[] path)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw Problem(field, "the slug is missing", path);
            }
            if (!Slugs.IsWellFormed(value))
            {
                throw Problem(field, $"'{value}' is not a slug: lowercase letters, digits and single hyphens (for example '{Slugs.From(value)}')", path);
            }
        }

        private void Named(NamedSlug named, string field, params object[] path)
        {
            Slug(named.Slug, field + ".slug", [.. path, "slug"]);
            if (string.IsNullOrWhiteSpace(named.Name))
            {
                throw Problem(field + ".name", "the name is missing", [.. path, "name"]);
            }
        }

        private void Unique(List<NamedSlug> entries, string field)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                if (!seen.Add(entries[i].Slug!))
                {
                    throw Problem($"{field}[{i}].slug", $"'{entries[i].Slug}' is listed twice", field, i, "slug");
                }
            }
        }

        private DateTimeOffset? Date(string? value, string field, params object[] path)
        {
            if (value is null)
            {
                return null;
            }
            // Dates without an offset are UTC; every date is stored in UTC.
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date.ToUniversalTime()
                : throw Problem(field, $"'{value}' is not a date: write it as ISO 8601, for example 2026-03-14T09:30:00Z", path.Length == 0 ? [field] : path);
        }

        private MarkdownInputException Problem(string field, string problem, params object[] path) =>
            new(file, lines.LineOf(path), field, problem);
    }
}
