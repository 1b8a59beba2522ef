using Byline.Content;
using Byline.Media;
using Byline.Transfer.Markdown;

namespace Byline.Tests.Transfer.Markdown;

public sealed class MarkdownStoryWriterTests
{
    private static readonly DateTimeOffset Created = new DateTimeOffset(2026, 3, 14, 9, 30, 15, TimeSpan.Zero).AddTicks(1234567);

    private static Article Story() => new()
    {
        Id = 7,
        Headline = "null",
        Slug = "cafe-society-2026",
        Standfirst = "Crème brûlée, “quotes”: and a colon — in Łódź: 東京 🚋",
        BodyMarkdown = "First paragraph.\r\n\r\n---\r\n\r\n## A heading\n\nLast line without a newline",
        Section = new Section { Name = "Culture & Food", Slug = "culture" },
        Authors =
        [
            new ArticleAuthor { Position = 1, Person = new Person { Name = "Tomasz Brennan", Slug = "tomasz-brennan" } },
            new ArticleAuthor { Position = 0, Person = new Person { Name = "Ilse Varga", Slug = "ilse-varga" } },
        ],
        Tags = [new Tag { Name = "true", Slug = "true" }, new Tag { Name = "Night life", Slug = "night-life" }],
        Status = ArticleStatus.Scheduled,
        CreatedAt = Created,
        PublishedAt = Created.AddDays(2),
        UpdatedAt = null,
        CommentsOpen = false,
        SeoTitle = "2026",
        Corrections = [new Correction { Text = "An earlier version misspelt 'Łódź'.", CreatedAt = Created.AddDays(3) }],
    };

    private static readonly StoryImage Photo = new()
    {
        File = "cafe-society-2026/terrace.jpg",
        Key = "0123456789abcdef0123456789abcdef",
        OriginalName = "Terrace.PNG",
        AltText = "Tables on the terrace",
        Caption = "",
        Credit = "Ledger photo",
        Width = 1400,
        Height = 900,
    };

    [Fact]
    public void A_story_written_and_read_back_keeps_every_field()
    {
        var story = Story();
        var text = MarkdownStoryWriter.Write(MarkdownStoryWriter.FrontMatterOf(story, [Photo], Photo.File), story.BodyMarkdown);

        var read = MarkdownStoryReader.Read(text, "cafe-society-2026.md");

        Assert.Equal("null", read.Meta.Headline);
        Assert.Equal(story.Slug, read.Slug);
        Assert.Equal(story.Standfirst, read.Meta.Standfirst);
        Assert.Equal(story.BodyMarkdown, read.Body);
        Assert.Equal(("culture", "Culture & Food"), (read.Meta.Section!.Slug, read.Meta.Section.Name));
        Assert.Equal(["ilse-varga", "tomasz-brennan"], read.Meta.Authors.Select(a => a.Slug));
        Assert.Equal(["night-life", "true"], read.Meta.Tags.Select(t => t.Slug));
        Assert.Equal("true", read.Meta.Tags[1].Name);
        Assert.Equal(ArticleStatus.Scheduled, read.Status);
        Assert.Equal(Created, read.CreatedAt);
        Assert.Equal(Created.AddDays(2), read.PublishedAt);
        Assert.Null(read.UpdatedAt);
        Assert.False(read.Meta.CommentsOpen);
        Assert.Equal("2026", read.Meta.SeoTitle);
        Assert.Null(read.Meta.SeoDescription);
        var correction = Assert.Single(read.Corrections);
        Assert.Equal((Created.AddDays(3), "An earlier version misspelt 'Łódź'."), (correction.Date, correction.Text));
        var image = Assert.Single(read.Meta.Images);
        Assert.Equal((Photo.File, Photo.Key, Photo.OriginalName, Photo.AltText, Photo.Credit, 1400, 900),
            (image.File, image.Key, image.OriginalName, image.AltText, image.Credit, image.Width!.Value, image.Height!.Value));
        Assert.Equal(Photo.File, read.Meta.FeaturedImage);
    }

    [Fact]
    public void The_file_is_readable_front_matter_with_letters_of_any_script_written_as_themselves()
    {
        var story = Story();
        var text = MarkdownStoryWriter.Write(MarkdownStoryWriter.FrontMatterOf(story, [], null), story.BodyMarkdown);

        Assert.StartsWith("---\nheadline: \"null\"\n", text.Replace("'null'", "\"null\"", StringComparison.Ordinal), StringComparison.Ordinal);
        // Letters are written as themselves; YamlDotNet escapes characters beyond the BMP (the emoji), which read back the same.
        Assert.Contains("Crème brûlée, “quotes”: and a colon — in Łódź: 東京", text, StringComparison.Ordinal);
        Assert.Contains("status: scheduled\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("featured_image", text, StringComparison.Ordinal);
        Assert.EndsWith("---\n" + story.BodyMarkdown, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Media_addresses_in_a_body_are_found_by_their_storage_key_once_each()
    {
        const string key = "0123456789abcdef0123456789abcdef";
        var body = $"![A](/media/{key}-640.jpg)\n\n<img src=\"/media/{key}-320.webp\">\n\n[not media](/mediakit/{key}-640.jpg)";

        Assert.Equal([key], BodyMediaKeys.In(body));
        Assert.True(MediaFileNames.IsVariant($"{key}-640.jpg"));
    }
}
