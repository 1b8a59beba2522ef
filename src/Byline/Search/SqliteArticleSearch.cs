using System.Globalization;
using System.Text;
using Byline.Storage;
using Byline.Web;

namespace Byline.Search;

/// <summary>
/// Search on SQLite: the FTS5 table <c>ArticleSearch</c> (unicode61, accents removed; contentless, since the stories
/// keep the text) with the story id as its rowid, and <c>ArticleSearchFacts</c> beside it for what filters and
/// ranking read per match (section, publication time) without touching the stories' wide rows. Ranked by bm25 with the
/// headline weighted highest, divided by 1 + age in years.
/// </summary>
public sealed class SqliteArticleSearch(BylineDb db, SiteIdentity site, TimeProvider clock) : IndexedArticleSearch(db, site, clock)
{
    /// <summary>bm25 weights of headline, standfirst, body, tags, section, authors.</summary>
    private const string Weights = "10.0, 4.0, 1.0, 2.0, 2.0, 2.0";

    private const double TicksPerYear = 365.0 * TimeSpan.TicksPerDay;

    protected override async Task<(IReadOnlyList<int> Ids, int Total)> RankAsync(
        SearchQuery query, SearchScope scope, SearchSort sort, int skip, int take, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        // bm25 can only run inside the FTS5 scan: the matches are materialised with their score first, then counted and ordered.
        var relevance = sort == SearchSort.Relevance;
        var sql = new StringBuilder(relevance
            ? string.Create(CultureInfo.InvariantCulture, $"""
                WITH matches AS MATERIALIZED (
                    SELECT ArticleSearch.rowid AS id, f.PublishedAt AS at,
                        bm25(ArticleSearch, {Weights}) / (1.0 + max(0, $now - f.PublishedAt) / {TicksPerYear:0.0}) AS score
                """)
            : """
                WITH matches AS MATERIALIZED (
                    SELECT ArticleSearch.rowid AS id, f.PublishedAt AS at, 0 AS score
                """);
        sql.Append("""

                FROM ArticleSearch JOIN ArticleSearchFacts AS f ON f.ArticleId = ArticleSearch.rowid
                WHERE ArticleSearch MATCH $match
            """);
        await using var command = Command("");
        Set(command, "$match", query.ToFts5());
        if (scope.SectionId is { } section)
        {
            sql.Append(" AND f.SectionId = $section");
            Set(command, "$section", section);
        }
        if (scope.Since is { } since)
        {
            sql.Append(" AND f.PublishedAt >= $since");
            Set(command, "$since", since.UtcTicks);
        }
        if (scope.Before is { } before)
        {
            sql.Append(" AND f.PublishedAt < $before");
            Set(command, "$before", before.UtcTicks);
        }
        if (scope.AuthorId is { } author)
        {
            sql.Append(" AND ArticleSearch.rowid IN (SELECT ArticleId FROM ArticleAuthors WHERE PersonId = $author)");
            Set(command, "$author", author);
        }
        if (scope.TagId is { } tag)
        {
            sql.Append(" AND ArticleSearch.rowid IN (SELECT ArticleId FROM ArticleTags WHERE TagId = $tag)");
            Set(command, "$tag", tag);
        }
        if (relevance)
        {
            Set(command, "$now", now.UtcTicks);
        }
        // bm25 is negative, better matches more so: dividing by the age factor pulls older stories towards zero.
        sql.Append("""

            )
            SELECT id, count(*) OVER () FROM matches
            ORDER BY score, at DESC, id DESC
            LIMIT $take OFFSET $skip
            """);
        Set(command, "$take", take);
        Set(command, "$skip", skip);
        command.CommandText = sql.ToString();

        var ids = new List<int>(take);
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
            total = reader.GetInt32(1);
        }
        return (ids, total);
    }

    protected override async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }
        await using var command = Command("""
            INSERT OR REPLACE INTO ArticleSearch (rowid, headline, standfirst, body, tags, section, authors)
            VALUES ($id, $headline, $standfirst, $body, $tags, $section, $authors);
            INSERT OR REPLACE INTO ArticleSearchFacts (ArticleId, SectionId, PublishedAt) VALUES ($id, $sectionId, $publishedAt);
            """);
        foreach (var document in documents)
        {
            Set(command, "$id", document.Id);
            Set(command, "$headline", document.Headline);
            Set(command, "$standfirst", document.Standfirst);
            Set(command, "$body", document.Body);
            Set(command, "$tags", document.Tags);
            Set(command, "$section", document.Section);
            Set(command, "$authors", document.Authors);
            Set(command, "$sectionId", document.SectionId);
            Set(command, "$publishedAt", document.PublishedAt.UtcTicks);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    protected override async Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return;
        }
        // The facts row says whether the story has an entry: a contentless table cannot tell, and a delete there of a
        // row that was never written would leave a tombstone behind for nothing.
        await using var command = Command("""
            DELETE FROM ArticleSearch WHERE rowid = $id AND EXISTS (SELECT 1 FROM ArticleSearchFacts WHERE ArticleId = $id);
            DELETE FROM ArticleSearchFacts WHERE ArticleId = $id;
            """);
        foreach (var id in articleIds)
        {
            Set(command, "$id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    protected override async Task RemoveUnpublishedAsync(string publishedStatus, CancellationToken cancellationToken)
    {
        var orphans = new List<int>();
        await using (var command = Command("""
            SELECT f.ArticleId FROM ArticleSearchFacts AS f
            WHERE NOT EXISTS (SELECT 1 FROM Articles AS a WHERE a.Id = f.ArticleId AND a.Status = $published AND a.PublishedAt IS NOT NULL)
            """))
        {
            Set(command, "$published", publishedStatus);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                orphans.Add(reader.GetInt32(0));
            }
        }
        await RemoveAsync(orphans, cancellationToken);
    }

    public override async Task CompactAsync(CancellationToken cancellationToken)
    {
        // Merges the index's segments into one, the fastest shape to read after a rebuild.
        await InTransactionAsync(async () =>
        {
            await using var command = Command("INSERT INTO ArticleSearch (ArticleSearch) VALUES ('optimize')");
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}
