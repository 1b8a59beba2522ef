using Byline.Content;
using Byline.Transfer.Markdown;

namespace Byline.Tests.Transfer.Markdown;

public sealed class MarkdownStoryReaderTests
{
    private const string Valid = """
        ---
        headline: Night trams to run until 2am
        slug: night-tram-trial
        section:
          slug: city
          name: City
        authors:
        - slug: mara-okonkwo
          name: Mara Okonkwo
        status: published
        created: 2026-03-14T09:30:00Z
        published: 2026-03-14T11:00:00+01:00
        ---
        The body.

        """;

    private static MarkdownInputException Refused(string text) =>
        Assert.Throws<MarkdownInputException>(() => MarkdownStoryReader.Read(text, "story.md"));

    [Fact]
    public void A_minimal_story_reads_with_its_dates_in_UTC_and_comments_open()
    {
        var story = MarkdownStoryReader.Read(Valid, "story.md");

        Assert.Equal(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero), story.PublishedAt);
        Assert.Equal(TimeSpan.Zero, story.PublishedAt!.Value.Offset);
        Assert.Equal(ArticleStatus.Published, story.Status);
        Assert.True(story.Meta.CommentsOpen);
        Assert.Equal("The body.\n", story.Body);
    }

    [Fact]
    public void A_file_without_front_matter_is_refused_at_line_1()
    {
        var problem = Refused("Just a body.\n");

        Assert.Equal("story.md, line 1, front matter: the file must start with YAML front matter between two '---' lines", problem.Message);
    }

    [Fact]
    public void Malformed_YAML_is_refused_with_its_line_in_the_file()
    {
        var problem = Refused(Valid.Replace("slug: night-tram-trial", "slug: [night-tram-trial", StringComparison.Ordinal));

        Assert.Equal("front matter", problem.Field);
        Assert.InRange(problem.Line, 3, 5);
        Assert.StartsWith("story.md, line ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_named()
    {
        var problem = Refused(Valid.Replace("status: published", "status: published\nmood: cheerful", StringComparison.Ordinal));

        Assert.Equal(11, problem.Line);
        Assert.Contains("unknown key 'mood'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_headline_is_refused_naming_the_field()
    {
        var problem = Refused(Valid.Replace("headline: Night trams to run until 2am\n", "", StringComparison.Ordinal));

        Assert.Equal("headline", problem.Field);
        Assert.Contains("headline: the headline is missing", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_is_refused_at_its_line_listing_the_known_ones()
    {
        var problem = Refused(Valid.Replace("status: published", "status: live", StringComparison.Ordinal));

        Assert.Equal("story.md, line 10, status: 'live' is not a status: use one of draft, in_review, scheduled, published, unpublished", problem.Message);
    }

    [Fact]
    public void A_bad_date_is_refused_at_its_line()
    {
        var problem = Refused(Valid.Replace("2026-03-14T09:30:00Z", "the fourteenth of March", StringComparison.Ordinal));

        Assert.Equal((11, "created"), (problem.Line, problem.Field));
        Assert.Contains("'the fourteenth of March' is not a date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_story_without_a_publication_date_is_refused()
    {
        var problem = Refused(Valid.Replace("published: 2026-03-14T11:00:00+01:00\n", "", StringComparison.Ordinal));

        Assert.Equal("published", problem.Field);
    }

    [Fact]
    public void A_slug_that_is_not_one_is_refused_with_a_suggestion()
    {
        var problem = Refused(Valid.Replace("slug: night-tram-trial", "slug: Night Tram Trial", StringComparison.Ordinal));

        Assert.Equal(3, problem.Line);
        Assert.Contains("for example 'night-tram-trial'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_problem_names_the_list_entry_and_its_line()
    {
        var problem = Refused(Valid.Replace("  name: Mara Okonkwo\n", "", StringComparison.Ordinal));

        Assert.Equal(("authors[0].name", 8), (problem.Field, problem.Line));
    }

    [Fact]
    public void An_image_path_that_leaves_the_folder_is_refused()
    {
        var problem = Refused(Valid.Replace("status: published", "status: published\nimages:\n- file: ../secret.jpg\n  alt_text: A secret", StringComparison.Ordinal));

        Assert.Equal(("images[0].file", 12), (problem.Field, problem.Line));
    }

    [Fact]
    public void A_featured_image_must_be_one_of_the_images()
    {
        var problem = Refused(Valid.Replace("status: published", "status: published\nfeatured_image: photo.jpg", StringComparison.Ordinal));

        Assert.Equal(("featured_image", 11), (problem.Field, problem.Line));
    }

    [Fact]
    public void A_body_longer_than_the_editor_takes_is_refused_at_the_line_it_starts()
    {
        var problem = Refused(Valid + new string('x', Byline.Publishing.ArticleDraft.BodyMaxLength));

        Assert.Equal(("body", 14), (problem.Field, problem.Line));
    }
}
