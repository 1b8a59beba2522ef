using System.Data.Common;
using System.Text;
using Byline.Site;
using Byline.Storage;

namespace Byline.Search;

/// <summary>
/// Search on SQLite: the FTS5 table <c>ArticleSearch</c> (unicode61, accents removed; contentless, since the stories
/// keep the text) with the story id as its rowid, and <c>ArticleSearchFacts</c> beside it for what filters and
/// ranking read per match (section, publication time) without touching the stories' wide rows. The latest
/// <see cref="IndexedArticleSearch.Candidates"/> matches are ranked by <see cref="SearchRelevance"/> (headline above
/// standfirst above the rest, divided by 1 + age in years).
/// </summary>
public sealed class SqliteArticleSearch(BylineDb db, SiteIdentity site, TimeProvider clock) : IndexedArticleSearch(db, site, clock)
{
    protected override async Task<(IReadOnlyList<int> Ids, int Total)> RankAsync(
        SearchQuery query, SearchScope scope, SearchSort sort, int skip, int take, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        // The candidates are the matches of highest rowid, read in the index's own order, so the scan stops at the limit.
        var sql = new StringBuilder("""
            WITH candidates AS MATERIALIZED (
                SELECT ArticleSearch.rowid AS id FROM ArticleSearch
            """);
        await using var command = Command("");
        Set(command, "$match", query.ToFts5());
        var facts = new StringBuilder();
        if (scope.SectionId is { } section)
        {
            facts.Append(" AND f.SectionId = $section");
            Set(command, "$section", section);
        }
        if (scope.Since is { } since)
        {
            facts.Append(" AND f.PublishedAt >= $since");
            Set(command, "$since", since.UtcTicks);
        }
        if (scope.Before is { } before)
        {
            facts.Append(" AND f.PublishedAt < $before");
            Set(command, "$before", before.UtcTicks);
        }
        if (facts.Length > 0)
        {
            sql.Append(" JOIN ArticleSearchFacts AS f ON f.ArticleId = ArticleSearch.rowid");
        }
        sql.Append(" WHERE ArticleSearch MATCH $match").Append(facts);
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
        sql.Append("""

                ORDER BY ArticleSearch.rowid DESC
                LIMIT $candidates
            )
            """);
        Set(command, "$candidates", Candidates);
        if (sort == SearchSort.Newest)
        {
            sql.Append("""

                SELECT c.id, (SELECT count(*) FROM candidates)
                FROM candidates AS c JOIN ArticleSearchFacts AS p ON p.ArticleId = c.id
                ORDER BY p.PublishedAt DESC, c.id DESC
                LIMIT $take OFFSET $skip
                """);
            Set(command, "$take", take);
            Set(command, "$skip", skip);
            command.CommandText = sql.ToString();
            return await PageAsync(command, take, cancellationToken);
        }

        // Relevance: every candidate's headline and standfirst are read (short columns at the start of the story's row)
        // and scored by SearchRelevance.
        sql.Append("""

            SELECT c.id, p.PublishedAt, a.Headline, a.Standfirst
            FROM candidates AS c JOIN ArticleSearchFacts AS p ON p.ArticleId = c.id JOIN Articles AS a ON a.Id = c.id
            """);
        command.CommandText = sql.ToString();
        var scored = new List<(int Id, long At, double Score)>(Candidates);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var at = reader.GetInt64(1);
                var publishedAt = new DateTimeOffset(at, TimeSpan.Zero);
                scored.Add((reader.GetInt32(0), at, SearchRelevance.Score(query, reader.GetString(2), reader.GetString(3), publishedAt, now)));
            }
        }
        var ids = scored
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take).Select(c => c.Id).ToList();
        return (ids, scored.Count);
    }

    private static async Task<(IReadOnlyList<int> Ids, int Total)> PageAsync(DbCommand command, int take, CancellationToken cancellationToken)
    {
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
            WHERE NOT EXISTS (SELECT 1 FROM Articles AS a WHERE a.Id = f.ArticleId AND a.Status = $published AND a.PublishedAt IS NOT NULL AND a.TrashedAt IS NULL)
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
