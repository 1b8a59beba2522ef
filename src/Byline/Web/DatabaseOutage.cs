using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Web;

/// <summary>Recognises the exceptions that mean "the database cannot be reached right now" (and deserve a 503, not a 500).</summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 30;

    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RetryLimitExceededException or SocketException or TimeoutException
                || (e is Npgsql.NpgsqlException npgsql && (npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException or IOException))
                || (e is Npgsql.PostgresException postgres && postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300"))
            {
                return true;
            }
        }
        return false;
    }
}
