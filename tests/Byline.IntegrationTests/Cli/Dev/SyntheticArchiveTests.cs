using Byline.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Byline.IntegrationTests.Search.SearchClient;

namespace Byline.IntegrationTests.Cli.Dev;

/// <summary>
/// <c>dev generate</c> writes, for a seed, exactly the stories it always has (the digest was taken from the generator
/// that saved each story through EF Core and indexed it by reading it back), and their search entries are exactly those
/// a full reindex writes from the stored stories.
/// </summary>
public sealed class SyntheticArchiveTests(SyntheticArchiveHost host) : IClassFixture<SyntheticArchiveHost>
{
    private const string StoriesDigest = "e490cc36fb7c1f1a7abe24bb46cf207751d2c6042b4ab6d8b204faaf10164839";

    [Fact]
    public async Task The_seed_writes_the_same_stories_with_the_same_sections_authors_and_tags()
    {
        Assert.Equal(new Byline.Cli.Dev.SyntheticArchiveResult(SyntheticArchiveHost.Stories, 8, 48, 111, 1, SyntheticArchiveHost.Stories), host.Result);
        Assert.Equal(StoriesDigest, await host.WithDatabaseAsync(StoredStories.DigestAsync));
    }

    [Fact]
    public async Task Every_story_is_indexed_as_a_reindex_from_the_stored_stories_indexes_it()
    {
        var generated = await host.WithDatabaseAsync(SearchIndexSnapshot.TakeAsync);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IArticleSearch>().ReindexAllAsync(null, TestContext.Current.CancellationToken);
        }
        var reindexed = await host.WithDatabaseAsync(SearchIndexSnapshot.TakeAsync);

        Assert.Equal(SyntheticArchiveHost.Stories, generated.Entries);
        Assert.Equal(reindexed, generated);
    }

    [Fact]
    public async Task The_newest_story_is_found_by_its_headline()
    {
        var (headline, slug) = await host.WithDatabaseAsync(db => db.Articles.OrderByDescending(a => a.Id)
            .Select(a => new ValueTuple<string, string>(a.Headline, a.Slug)).FirstAsync(TestContext.Current.CancellationToken));
        var phrase = "\"" + string.Join(' ', SearchText.Words(headline).Select(w => w.Value)) + "\"";

        Assert.Contains(slug, await host.SlugsAsync(Q(phrase)));
    }
}
