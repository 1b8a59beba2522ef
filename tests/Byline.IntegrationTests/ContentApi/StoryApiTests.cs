using System.Net;
using System.Text.Json;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.ContentApi;

/// <summary>GET /api/v1/stories and /api/v1/stories/{id}: published stories newest first, filtered, walked by cursor; one story whole.</summary>
public sealed class StoryApiTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(path, Cancel);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>Every story the list gives from <paramref name="first"/> on, following next to the end.</summary>
    private async Task<List<JsonElement>> WalkAsync(string first)
    {
        var stories = new List<JsonElement>();
        for (string? path = first; path is not null;)
        {
            var (status, page) = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            stories.AddRange(page.GetProperty("stories").EnumerateArray());
            path = page.GetProperty("next").GetString();
        }
        return stories;
    }

    private Task<List<int>> PublishedIdsNewestFirstAsync(Func<IQueryable<Article>, IQueryable<Article>> filter) =>
        host.WithDatabaseAsync(db => filter(db.Articles.Published()).NewestFirst().Select(a => a.Id).ToListAsync(Cancel));

    [Fact]
    public async Task Following_next_gives_every_published_story_once_newest_first()
    {
        var expected = await PublishedIdsNewestFirstAsync(q => q);
        Assert.True(expected.Count > 6, "the sample site has enough stories for several pages");

        var walked = await WalkAsync("/api/v1/stories?limit=3");

        Assert.Equal(expected, walked.Select(s => s.GetProperty("id").GetInt32()));
        Assert.All(walked, s => Assert.False(s.TryGetProperty("bodyHtml", out _), "a list never carries bodies"));
    }

    [Fact]
    public async Task A_story_published_between_two_pages_neither_repeats_nor_hides_one()
    {
        var expected = await PublishedIdsNewestFirstAsync(q => q);
        var (_, first) = await GetAsync("/api/v1/stories?limit=4");
        var next = first.GetProperty("next").GetString()!;

        await host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(Cancel);
            var now = DateTimeOffset.UtcNow;
            db.AllArticles.Add(new Article
            {
                Headline = "Breaking while a client pages", Slug = $"breaking-{Guid.NewGuid():N}", Section = section, Standfirst = "Made for a test.",
                BodyHtml = "<p>Made for a test.</p>", Status = ArticleStatus.Published, CreatedAt = now, PublishedAt = now,
            });
            return await db.SaveChangesAsync(Cancel);
        });
        var rest = await WalkAsync(next);

        var walked = first.GetProperty("stories").EnumerateArray().Concat(rest).Select(s => s.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(expected, walked);
    }

    [Theory]
    [InlineData("section=city")]
    [InlineData("type=opinion")]
    [InlineData("author=mara-okonkwo")]
    [InlineData("tag=transport")]
    public async Task A_filter_gives_exactly_the_stories_it_names(string filter)
    {
        var (name, value) = (filter.Split('=')[0], filter.Split('=')[1]);
        var expected = await PublishedIdsNewestFirstAsync(q => name switch
        {
            "section" => q.Where(a => a.Section.Slug == value),
            "type" => q.Where(a => a.Kind == StoryKind.Opinion),
            "author" => q.Where(a => a.Authors.Any(x => x.Person.Slug == value)),
            _ => q.Where(a => a.Tags.Any(t => t.Slug == value)),
        });
        Assert.NotEmpty(expected);

        var walked = await WalkAsync($"/api/v1/stories?{filter}&limit=2");

        Assert.Equal(expected, walked.Select(s => s.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Since_and_until_bound_the_publication_time()
    {
        var all = await host.WithDatabaseAsync(db => db.Articles.Published().NewestFirst().Select(a => new { a.Id, a.PublishedAt }).ToListAsync(Cancel));
        var middle = all[all.Count / 2].PublishedAt!.Value;
        var stamp = Uri.EscapeDataString(middle.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        var since = await WalkAsync($"/api/v1/stories?since={stamp}&limit=100");
        var until = await WalkAsync($"/api/v1/stories?until={stamp}&limit=100");

        Assert.Equal(all.Where(a => a.PublishedAt >= middle).Select(a => a.Id), since.Select(s => s.GetProperty("id").GetInt32()));
        Assert.Equal(all.Where(a => a.PublishedAt < middle).Select(a => a.Id), until.Select(s => s.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Bad_arguments_are_a_400_problem_naming_each_one()
    {
        var (status, problem) = await GetAsync("/api/v1/stories?section=atlantis&type=gossip&limit=500&since=yesterday&after=not-a-cursor");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.Contains("atlantis", errors.GetProperty("section")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("news, analysis, opinion", errors.GetProperty("type")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("1 to 100", errors.GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ISO 8601", errors.GetProperty("since")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("cursor", errors.GetProperty("after")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_story_carries_its_words_picture_tags_and_links_all_absolute()
    {
        var stored = await host.StoryAsync(Stories.Footbridge);
        var (status, story) = await GetAsync($"/api/v1/stories/{stored.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(new Uri(host.BaseAddress, await host.PathOfAsync(Stories.Footbridge)).ToString(), story.GetProperty("url").GetString());
        Assert.Equal(stored.BodyMarkdown, story.GetProperty("bodyMarkdown").GetString());
        Assert.Equal(stored.WordCount, story.GetProperty("wordCount").GetInt32());
        Assert.Equal(stored.ReadingMinutes, story.GetProperty("readingMinutes").GetInt32());
        Assert.Equal(stored.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal), story.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).Order(StringComparer.Ordinal));
        var body = story.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<p>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"/", body, StringComparison.Ordinal);
        var image = story.GetProperty("image");
        Assert.False(string.IsNullOrWhiteSpace(image.GetProperty("alt").GetString()));
        using var client = host.CreateReader();
        foreach (var variant in image.GetProperty("variants").EnumerateArray())
        {
            using var webp = await client.GetAsync(new Uri(variant.GetProperty("webp").GetString()!).PathAndQuery, Cancel);
            Assert.Equal(HttpStatusCode.OK, webp.StatusCode);
        }
    }

    [Fact]
    public async Task A_story_that_is_not_published_is_a_404_problem()
    {
        var draft = await host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(Cancel);
            var story = new Article { Headline = "A draft", Slug = $"draft-{Guid.NewGuid():N}", Section = section, Status = ArticleStatus.Draft, CreatedAt = DateTimeOffset.UtcNow };
            db.AllArticles.Add(story);
            await db.SaveChangesAsync(Cancel);
            return story.Id;
        });

        var (status, problem) = await GetAsync($"/api/v1/stories/{draft}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains($"No published story has the id {draft}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
