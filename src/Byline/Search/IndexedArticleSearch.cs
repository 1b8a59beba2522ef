using System.Data;
using System.Data.Common;
using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Search;

/// <summary>
/// What both engines share: reading requests into filters, turning ranked ids into results, and keeping the index in
/// step in the caller's transaction (or in one of its own). Each engine supplies its SQL: ranking, writing and removing
/// entries. Every statement is parameterised; the query reaches the engine as one parameter built by
/// <see cref="SearchQuery"/> from folded words only.
/// </summary>
public abstract class IndexedArticleSearch(BylineDb db, SiteIdentity site, TimeProvider clock) : IArticleSearch
{
    /// <summary>Stories read and written per round trip while indexing many.</summary>
    protected const int BatchSize = 500;

    /// <summary>Matches ranked and counted per search: one more than can be shown, to tell that there are more.</summary>
    protected const int Candidates = SearchResults.MaxResults + 1;

    protected BylineDb Db { get; } = db;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Query.IsSearchable)
        {
            return new SearchResults(request, 0, []);
        }
        var scope = await SearchScope.ResolveAsync(Db, request, site.Current.TimeZone, cancellationToken);
        if (scope.MatchesNothing)
        {
            return new SearchResults(request, 0, []);
        }
        var now = clock.GetUtcNow();
        var skip = Math.Min(request.Page.Skip, SearchResults.MaxResults);
        var take = Math.Min(PageNumber.PageSize, SearchResults.MaxResults - skip);
        var (ids, counted) = await WithConnectionAsync(
            () => RankAsync(request.Query, scope, request.Sort, skip, take, now, cancellationToken), cancellationToken);
        if (ids.Count == 0 && request.Page.Value > 1)
        {
            // Past the last page the count has no row to ride on: count on the first page instead.
            (_, counted) = await WithConnectionAsync(() => RankAsync(request.Query, scope, request.Sort, 0, 1, now, cancellationToken), cancellationToken);
        }
        var hits = await SearchHits.ReadAsync(Db, ids, request.Query, cancellationToken);
        return new SearchResults(request, Math.Min(counted, SearchResults.MaxResults), hits, counted > SearchResults.MaxResults);
    }

    public Task IndexAsync(int articleId, CancellationToken cancellationToken) => IndexAsync([articleId], cancellationToken);

    public Task IndexAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return Task.CompletedTask;
        }
        return InTransactionAsync(async () =>
        {
            foreach (var chunk in articleIds.Distinct().Chunk(BatchSize))
            {
                var documents = await SearchDocuments.OfAsync(Db, chunk, cancellationToken);
                await WriteAsync(documents, cancellationToken);
                var published = documents.Select(d => d.Id).ToHashSet();
                await RemoveAsync([.. chunk.Where(id => !published.Contains(id))], cancellationToken);
            }
            return true;
        }, cancellationToken);
    }

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return InTransactionAsync(async () =>
        {
            foreach (var chunk in documents.Chunk(BatchSize))
            {
                await WriteAsync(chunk, cancellationToken);
            }
            return true;
        }, cancellationToken);
    }

    public async Task<int> ReindexAllAsync(IProgress<SearchReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await Db.Articles.Published().CountAsync(cancellationToken);
        progress?.Report(new SearchReindexProgress(0, total));
        var done = 0;
        var after = 0;
        while (true)
        {
            var batch = await InTransactionAsync(async () =>
            {
                var documents = await SearchDocuments.AfterAsync(Db, after, BatchSize, cancellationToken);
                await WriteAsync(documents, cancellationToken);
                return documents;
            }, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            after = batch.Max(d => d.Id);
            done += batch.Count;
            progress?.Report(new SearchReindexProgress(done, Math.Max(done, total)));
        }
        await InTransactionAsync(async () =>
        {
            await RemoveUnpublishedAsync(nameof(ArticleStatus.Published), cancellationToken);
            return true;
        }, cancellationToken);
        if (Db.Database.CurrentTransaction is null)
        {
            await CompactAsync(cancellationToken);
        }
        return done;
    }

    /// <summary>
    /// One page of matching story ids in order, and how many match, counted up to <see cref="Candidates"/>. Only the
    /// <see cref="Candidates"/> matches of highest story id (the most recently written: ids follow the newsroom's work)
    /// are ranked and counted, so a search costs the same in an archive of any size.
    /// </summary>
    protected abstract Task<(IReadOnlyList<int> Ids, int Total)> RankAsync(
        SearchQuery query, SearchScope scope, SearchSort sort, int skip, int take, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Writes (or overwrites) the entries of published stories.</summary>
    protected abstract Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes the entries of these stories, if they have any.</summary>
    protected abstract Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken);

    /// <summary>Removes every entry whose story is gone or no longer has the status <paramref name="publishedStatus"/>.</summary>
    protected abstract Task RemoveUnpublishedAsync(string publishedStatus, CancellationToken cancellationToken);

    public abstract Task CompactAsync(CancellationToken cancellationToken);

    /// <summary>A command on the context's own connection, enlisted in its current transaction.</summary>
    protected DbCommand Command(string sql)
    {
        var command = Db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>Sets (adding it the first time) the parameter <paramref name="name"/> of <paramref name="command"/>.</summary>
    protected static void Set(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Parameters.Contains(name))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Parameters[name].Value = value ?? DBNull.Value;
    }

    /// <summary>Runs <paramref name="work"/> in the caller's transaction, or in a new one (under the retry strategy) committed at its end.</summary>
    protected async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Db.Database.CurrentTransaction is not null)
        {
            return await work();
        }
        return await Db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(token);
            var result = await work();
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);
    }

    private async Task<T> WithConnectionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = Db.Database.GetDbConnection();
        if (connection.State == ConnectionState.Open)
        {
            return await work();
        }
        await Db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }
}
