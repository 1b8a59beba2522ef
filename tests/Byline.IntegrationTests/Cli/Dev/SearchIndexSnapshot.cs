using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Cli.Dev;

/// <summary>
/// Everything the search index holds, as a digest, and how many stories have an entry: on SQLite every word of every entry with its column
/// and position (read through fts5vocab, the contentless table keeps no text) and the facts rows; on PostgreSQL every
/// entry's row with its tsvector.
/// </summary>
internal static class SearchIndexSnapshot
{
    public static async Task<(string Digest, int Entries)> TakeAsync(BylineDb db)
    {
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            int entries;
            if (db.Database.IsNpgsql())
            {
                entries = await HashAsync(db, hash,
                    "SELECT article_id, section_id, published_at, document::text FROM article_search ORDER BY article_id");
            }
            else
            {
                await ExecuteAsync(db, "CREATE VIRTUAL TABLE temp.ArticleSearchWords USING fts5vocab(main, ArticleSearch, instance)");
                try
                {
                    await HashAsync(db, hash, "SELECT doc, col, offset, term FROM temp.ArticleSearchWords ORDER BY doc, col, offset");
                }
                finally
                {
                    await ExecuteAsync(db, "DROP TABLE temp.ArticleSearchWords");
                }
                entries = await HashAsync(db, hash, "SELECT ArticleId, SectionId, PublishedAt FROM ArticleSearchFacts ORDER BY ArticleId");
            }
            return (Convert.ToHexStringLower(hash.GetHashAndReset()), entries);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> HashAsync(BylineDb db, IncrementalHash hash, string sql)
    {
        await using var command = Command(db, sql);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            reader.GetValues(values);
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u001f', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))) + "\u001e"));
            rows++;
        }
        return rows;
    }

    private static async Task ExecuteAsync(BylineDb db, string sql)
    {
        await using var command = Command(db, sql);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static DbCommand Command(BylineDb db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
