using System.Net;
using System.Text.Json;
using Byline.Comments;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.ContentApi;

/// <summary>GET /api/v1/stories/{id}/comments: approved comments only, in the order they came in, and never an email.</summary>
public sealed class CommentApiTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var client = host.CreateReader();
        using var response = await client.GetAsync(path, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task The_approved_comments_come_page_by_page_without_emails_or_held_ones()
    {
        var storyId = await host.WithDatabaseAsync(db => db.Articles.Published()
            .OrderByDescending(a => a.Comments.Count(c => c.Status == CommentStatus.Approved)).Select(a => a.Id).FirstAsync(Cancel));
        await host.WithDatabaseAsync(async db =>
        {
            db.Comments.Add(new Comment
            {
                ArticleId = storyId, AuthorName = "Held Back", AuthorEmail = "held.back@example.test", Body = "A comment still waiting for a moderator.",
                Status = CommentStatus.Pending, CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync(Cancel);
        });
        var stored = await host.WithDatabaseAsync(db => db.Comments.Where(c => c.ArticleId == storyId)
            .Select(c => new { c.Id, c.Status, c.AuthorEmail }).ToListAsync(Cancel));
        var approved = stored.Where(c => c.Status == CommentStatus.Approved).Select(c => c.Id).Order().ToList();
        Assert.True(approved.Count >= 3, "the sample story has a conversation to page through");

        var listed = new List<int>();
        for (string? path = $"/api/v1/stories/{storyId}/comments?limit=2"; path is not null;)
        {
            var (status, body) = await GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            foreach (var email in stored.Select(c => c.AuthorEmail))
            {
                Assert.DoesNotContain(email, body, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotContain("mail\":", body, StringComparison.OrdinalIgnoreCase);
            using var json = JsonDocument.Parse(body);
            listed.AddRange(json.RootElement.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
            path = json.RootElement.GetProperty("next").GetString();
        }

        Assert.Equal(approved, listed);
    }

    [Fact]
    public async Task Comments_of_a_story_that_is_not_published_are_a_404_problem()
    {
        var (status, body) = await GetAsync("/api/v1/stories/987654/comments");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("No published story has the id 987654", body, StringComparison.Ordinal);
    }
}
