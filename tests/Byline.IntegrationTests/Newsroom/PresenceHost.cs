using System.Collections.Concurrent;
using System.Data.Common;
using Byline.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The application on a clock the test moves by hand (so a presence entry's lifetime passes at once), counting the SQL
/// commands each request path runs that are not reads.
/// </summary>
public sealed class PresenceHost : BylineHost
{
    public PresenceHost()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    public FakeTimeProvider FakeClock => (FakeTimeProvider)Clock!;

    public SqlWrites Writes => Services.GetServices<IInterceptor>().OfType<SqlWrites>().Single();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IInterceptor, SqlWrites>();

    /// <summary>Counts, per request path, the commands that read (SELECT) and those that do anything else.</summary>
    public sealed class SqlWrites(IHttpContextAccessor http) : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<string, (int Reads, int Writes)> _byPath = new();

        /// <summary>Reads and writes of every request whose path starts with <paramref name="prefix"/>.</summary>
        public (int Reads, int Writes) Under(string prefix) =>
            _byPath.Where(p => p.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Aggregate((Reads: 0, Writes: 0), (sum, p) => (sum.Reads + p.Value.Reads, sum.Writes + p.Value.Writes));

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Count(command);
            return result;
        }

        private void Count(DbCommand command)
        {
            if (http.HttpContext?.Request.Path.Value is not { } path)
            {
                return;
            }
            var read = command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
            _byPath.AddOrUpdate(path, read ? (1, 0) : (0, 1), (_, n) => read ? (n.Reads + 1, n.Writes) : (n.Reads, n.Writes + 1));
        }
    }
}
