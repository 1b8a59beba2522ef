using Byline.Comments;
using Byline.IntegrationTests.Newsroom;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Comments;

public sealed class ClientHashExpiryTests(EmbargoHost host) : IClassFixture<EmbargoHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Comments on a sample story, each with a client hash, posted the given number of days before the fake clock's now.</summary>
    private Task<List<int>> AddCommentsAsync(params double[] daysAgo) =>
        host.WithDatabaseAsync(async db =>
        {
            var articleId = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Cancel);
            var now = host.FakeClock.GetUtcNow();
            var comments = daysAgo.Select(days => new Comment
            {
                ArticleId = articleId,
                AuthorName = "Hash Holder",
                AuthorEmail = $"holder-{Guid.NewGuid():N}@example.org",
                Body = "Posted from somewhere.",
                Status = CommentStatus.Approved,
                ClientHash = Guid.NewGuid().ToString("N"),
                CreatedAt = now.AddDays(-days),
            }).ToList();
            db.Comments.AddRange(comments);
            await db.SaveChangesAsync(Cancel);
            return comments.Select(c => c.Id).ToList();
        });

    private Task<Dictionary<int, string?>> HashesAsync(IEnumerable<int> ids) =>
        host.WithDatabaseAsync(db => db.Comments.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ClientHash, Cancel));

    [Fact]
    public async Task Within_the_hour_the_hashes_of_comments_older_than_30_days_are_cleared_and_younger_ones_kept()
    {
        var ids = await AddCommentsAsync(31, 45, 29, 1);

        host.FakeClock.Advance(ClientHashExpiry.Interval);
        for (var waited = 0; waited < 100 && (await HashesAsync(ids))[ids[1]] is not null; waited++)
        {
            await Task.Delay(100, Cancel);
        }

        var hashes = await HashesAsync(ids);
        Assert.Null(hashes[ids[0]]);
        Assert.Null(hashes[ids[1]]);
        Assert.NotNull(hashes[ids[2]]);
        Assert.NotNull(hashes[ids[3]]);
    }

    [Fact]
    public async Task Many_nodes_expiring_at_once_clear_each_hash_once_and_touch_nothing_else()
    {
        var ids = await AddCommentsAsync(30.5, 60, 90, 10);
        var now = host.FakeClock.GetUtcNow();

        var runs = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await ClientHashExpiry.ExpireAsync(scope.ServiceProvider.GetRequiredService<BylineDb>(), now, Cancel);
        });
        var cleared = await Task.WhenAll(runs);

        Assert.InRange(cleared.Sum(), 0, 3);
        var hashes = await HashesAsync(ids);
        Assert.Equal([true, true, true, false], ids.Select(id => hashes[id] is null));
        var bodies = await host.WithDatabaseAsync(db => db.Comments.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Body).Distinct().ToListAsync(Cancel));
        Assert.Equal(["Posted from somewhere."], bodies);
    }
}
