using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

public static class TransactionLocks
{
    /// <summary>
    /// Inside a transaction: waits for, and holds until the transaction ends, a lock on each key, so that what the
    /// transaction reads about those keys (a count, "is there one already?") still holds when it writes. On PostgreSQL
    /// these are advisory locks, the same for every node; on SQLite the transaction already holds the database's one write
    /// lock, because Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE.
    /// </summary>
    public static async Task LockKeysAsync(this BylineDb db, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Key locks last as long as a transaction: begin one first.");
        }
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        // Always taken in the same order, so two transactions that want the same keys never wait for each other in a circle.
        foreach (var key in keys.Select(Number).Distinct().Order())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    private static long Number(string key) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
