using System.Text;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Search;

/// <summary>
/// Search on PostgreSQL: <c>article_search</c> holds a weighted tsvector per published story (headline A, standfirst B,
/// tags, section and authors C, body D) under a GIN index, made with the <c>byline_search</c> configuration ('simple'
/// words through <c>unaccent</c>: no stemming, accents and case folded, the same words FTS5 matches). Ranked by
/// ts_rank_cd with those weights, divided by 1 + age in years, among the latest
/// <see cref="IndexedArticleSearch.Candidates"/> matches. The story's words reach PostgreSQL already split
/// (<see cref="SearchText.WordsOnly"/>) so both engines see the same words at the same positions, and a marker word
/// between fields (removed again) keeps a phrase from running from one field into the next.
/// </summary>
public sealed class PostgresArticleSearch(BylineDb db, SiteIdentity site, TimeProvider clock) : IndexedArticleSearch(db, site, clock)
{
    private const string FieldBreak = "bylinefieldbreak";

    protected override async Task<(IReadOnlyList<int> Ids, int Total)> RankAsync(
        SearchQuery query, SearchScope scope, SearchSort sort, int skip, int take, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        // As on SQLite: the matches of highest story id are the candidates, ranked, paged and counted.
        var relevance = sort == SearchSort.Relevance;
        var sql = new StringBuilder("""
            WITH candidates AS MATERIALIZED (
                SELECT s.article_id, s.published_at, s.document
                FROM article_search AS s, to_tsquery('byline_search', @match) AS q
                WHERE s.document @@ q
            """);
        await using var command = Command("");
        Set(command, "match", query.ToTsQuery());
        if (scope.SectionId is { } section)
        {
            sql.Append(" AND s.section_id = @section");
            Set(command, "section", section);
        }
        if (scope.Since is { } since)
        {
            sql.Append(" AND s.published_at >= @since");
            Set(command, "since", since);
        }
        if (scope.Before is { } before)
        {
            sql.Append(" AND s.published_at < @before");
            Set(command, "before", before);
        }
        if (scope.AuthorId is { } author)
        {
            sql.Append(""" AND EXISTS (SELECT 1 FROM "ArticleAuthors" AS x WHERE x."ArticleId" = s.article_id AND x."PersonId" = @author)""");
            Set(command, "author", author);
        }
        if (scope.TagId is { } tag)
        {
            sql.Append(""" AND EXISTS (SELECT 1 FROM "ArticleTags" AS x WHERE x."ArticleId" = s.article_id AND x."TagId" = @tag)""");
            Set(command, "tag", tag);
        }
        sql.Append("""

                ORDER BY s.article_id DESC
                LIMIT @candidates
            )
            SELECT c.article_id, count(*) OVER ()
            FROM candidates AS c, to_tsquery('byline_search', @match) AS q
            """);
        Set(command, "candidates", Candidates);
        if (relevance)
        {
            // Weights are {D, C, B, A}; normalisation 1 divides by 1 + log(length), as bm25 favours the shorter story.
            sql.Append("""
                 ORDER BY ts_rank_cd('{0.1, 0.2, 0.4, 1.0}'::real[], c.document, q, 1)
                    / (1.0 + greatest(0.0, extract(epoch FROM @now - c.published_at)::float8) / 31536000.0) DESC,
                    c.published_at DESC, c.article_id DESC
                """);
            Set(command, "now", now);
        }
        else
        {
            sql.Append(" ORDER BY c.published_at DESC, c.article_id DESC");
        }
        sql.Append(" LIMIT @take OFFSET @skip");
        Set(command, "take", take);
        Set(command, "skip", skip);
        command.CommandText = sql.ToString();

        var ids = new List<int>(take);
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
            total = (int)reader.GetInt64(1);
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
        // One statement for all of them: the documents travel as one array per field.
        await using var command = Command($"""
            INSERT INTO article_search (article_id, section_id, published_at, document)
            SELECT d.id, d.section_id, d.published_at, ts_delete(
                setweight(to_tsvector('byline_search', d.headline), 'A')
                || setweight(to_tsvector('byline_search', d.standfirst), 'B')
                || setweight(to_tsvector('byline_search', d.tags), 'C')
                || setweight(to_tsvector('byline_search', d.section), 'C')
                || setweight(to_tsvector('byline_search', d.authors), 'C')
                || setweight(to_tsvector('byline_search', d.body), 'D'), '{FieldBreak}')
            FROM unnest(@id, @section_id, @published_at, @headline, @standfirst, @tags, @section, @authors, @body)
                AS d (id, section_id, published_at, headline, standfirst, tags, section, authors, body)
            ON CONFLICT (article_id) DO UPDATE
            SET section_id = excluded.section_id, published_at = excluded.published_at, document = excluded.document
            """);
        Set(command, "id", documents.Select(d => d.Id).ToArray());
        Set(command, "section_id", documents.Select(d => d.SectionId).ToArray());
        Set(command, "published_at", documents.Select(d => d.PublishedAt).ToArray());
        Set(command, "headline", documents.Select(d => Field(d.Headline)).ToArray());
        Set(command, "standfirst", documents.Select(d => Field(d.Standfirst)).ToArray());
        Set(command, "tags", documents.Select(d => Field(d.Tags)).ToArray());
        Set(command, "section", documents.Select(d => Field(d.Section)).ToArray());
        Set(command, "authors", documents.Select(d => Field(d.Authors)).ToArray());
        Set(command, "body", documents.Select(d => Field(d.Body)).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task RemoveAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return;
        }
        await using var command = Command("DELETE FROM article_search WHERE article_id = ANY(@ids)");
        Set(command, "ids", articleIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task RemoveUnpublishedAsync(string publishedStatus, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            DELETE FROM article_search AS s
            WHERE NOT EXISTS (SELECT 1 FROM "Articles" AS a WHERE a."Id" = s.article_id AND a."Status" = @published AND a."PublishedAt" IS NOT NULL AND a."TrashedAt" IS NULL)
            """);
        Set(command, "published", publishedStatus);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task CompactAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("ANALYZE article_search");
        await Db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A field's words, lower-cased and one space apart, followed by the marker that ends the field.</summary>
    private static string Field(string text) => SearchText.WordsOnly(text) + " " + FieldBreak;
}
