using Byline.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.ScaleOut;

/// <summary>
/// The pages run a fixed, small number of SQL commands, whatever the size of the archive: no N+1 anywhere. Measured on
/// uncached renders (the output cache is turned off for these hosts), once on the sample site and once with 45 more
/// stories.
/// </summary>
public sealed class QueryCountTests(QueryCountTests.SmallSite small, QueryCountTests.BigSite big)
    : IClassFixture<QueryCountTests.SmallSite>, IClassFixture<QueryCountTests.BigSite>
{
    public sealed class SmallSite : BylineHost
    {
        public SmallSite() => With("Byline:Cache:Enabled", "false");

        public SqlCommandCounter Counter => Services.GetServices<IInterceptor>().OfType<SqlCommandCounter>().Single();

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IInterceptor, SqlCommandCounter>();
    }

    public sealed class BigSite : LargeArchiveHost
    {
        public BigSite() => With("Byline:Cache:Enabled", "false");

        public SqlCommandCounter Counter => Services.GetServices<IInterceptor>().OfType<SqlCommandCounter>().Single();

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IInterceptor, SqlCommandCounter>();
    }

    private static async Task<int> CommandsForAsync(BylineHost host, SqlCommandCounter counter, string path)
    {
        using var reader = host.CreateReader();
        // The first request warms per-process caches (sections, settings); the second is the steady state.
        await reader.GetDocumentAsync(path);
        counter.Reset();
        await reader.GetDocumentAsync(path);
        return counter.For(path);
    }

    [Fact]
    public async Task The_front_page_runs_five_commands_with_its_section_blocks_and_three_when_its_river_holds_every_story()
    {
        // The river (stories and their authors), the section blocks' ids, their stories and authors. The sample site's
        // 14 stories all fit the first page's river, so no section block has a story left to show, and none is read.
        var onBig = await CommandsForAsync(big, big.Counter, "/");
        var onSmall = await CommandsForAsync(small, small.Counter, "/");

        Assert.Equal(5, onBig);
        Assert.Equal(3, onSmall);
    }

    [Theory]
    [InlineData("/environment", 3)]
    [InlineData("/tag/weather", 3)]
    [InlineData("/author/devika-rao", 3)]
    [InlineData("/feed", 3)]
    [InlineData("/sitemap-articles-1.xml", 1)]
    public async Task A_list_page_runs_a_fixed_number_of_commands_whatever_the_archive_size(string path, int expected)
    {
        var onSmall = await CommandsForAsync(small, small.Counter, path);
        var onBig = await CommandsForAsync(big, big.Counter, path);

        Assert.Equal(expected, onSmall);
        Assert.Equal(onSmall, onBig);
    }

    [Fact]
    public async Task The_article_page_runs_a_fixed_number_of_commands()
    {
        var smallPath = await small.PathOfAsync(Stories.Footbridge);
        var bigPath = await big.PathOfAsync(Stories.Footbridge);

        var onSmall = await CommandsForAsync(small, small.Counter, smallPath);
        var onBig = await CommandsForAsync(big, big.Counter, bigPath);

        Assert.InRange(onSmall, 1, 8);
        Assert.Equal(onSmall, onBig);
    }

    [Fact]
    public async Task With_the_cache_turned_off_every_request_really_reads_the_database_and_carries_no_cache_headers()
    {
        using var reader = small.CreateReader();
        // Warms what every process keeps in memory (sections, settings), as CommandsForAsync does.
        using (await reader.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken))
        {
        }
        small.Counter.Reset();
        using var first = await reader.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var afterFirst = small.Counter.For("/");
        using var second = await reader.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(afterFirst > 0);
        Assert.Equal(2 * afterFirst, small.Counter.For("/"));
        Assert.Null(second.Headers.ETag);
        Assert.False(second.Headers.Contains("Surrogate-Key"));
    }
}
