using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Web;

/// <summary>
/// Recognises the exceptions that mean "the database cannot be reached right now" (and deserve a 503, not a 500): a
/// PostgreSQL server that is away, or a SQLite file another writer still held when the busy wait (the connection's
/// default timeout, retried all along) ran out.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 30;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RetryLimitExceededException or SocketException or TimeoutException
                || (e is Npgsql.NpgsqlException npgsql && (npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException or IOException))
                || (e is Npgsql.PostgresException postgres && postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300")
                || (e is Microsoft.Data.Sqlite.SqliteException sqlite && sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked))
            {
                return true;
            }
        }
        return false;
    }
}
