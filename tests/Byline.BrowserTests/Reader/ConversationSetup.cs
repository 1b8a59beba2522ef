using Byline.Comments;
using Byline.Content;
using Byline.Publishing;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// Stories and comments of a browser test's own, stored as publishing and moderation would have left them, so that the
/// test knows exactly which conversation it reads.
/// </summary>
public static class ConversationSetup
{
    /// <summary>Publishes a story dated a day ago and returns its id and public address.</summary>
    public static async Task<(int Id, string Path)> PublishStoryAsync(BylineHost host, string headline)
    {
        ArgumentNullException.ThrowIfNull(host);
        var publishedAt = DateTimeOffset.UtcNow.AddDays(-1);
        var story = await host.WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);
            var article = StoryFactory.Create(new NewStory(headline, $"story-{Guid.NewGuid():N}", "", new RenderedBody("<p>Made for a browser test.</p>", 0),
                ArticleStatus.Published, publishedAt.AddHours(-1)) { PublishedAt = publishedAt });
            article.Section = section;
            article.Standfirst = "A story made for a browser test.";
            db.AllArticles.Add(article);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return article;
        });
        return (story.Id, host.Services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, publishedAt, story.Slug));
    }

    /// <summary>Stores an approved comment (with a keyed avatar seed, as intake makes one) and returns its id.</summary>
    public static async Task<int> AddApprovedCommentAsync(BylineHost host, int articleId, string name, string body, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        var seed = await host.Services.GetRequiredService<CommenterFingerprints>().AvatarSeedAsync(email, TestContext.Current.CancellationToken);
        return await host.WithDatabaseAsync(async db =>
        {
            var comment = new Comment
            {
                ArticleId = articleId,
                AuthorName = name,
                AuthorEmail = email,
                Body = body,
                Status = CommentStatus.Approved,
                AvatarSeed = seed,
                CreatedAt = at ?? DateTimeOffset.UtcNow.AddHours(-2),
            };
            db.Comments.Add(comment);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return comment.Id;
        });
    }
}
