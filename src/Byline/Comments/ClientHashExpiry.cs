using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Comments;

/// <summary>
/// Client addresses are kept, as a keyed hash, only for the rate limits: every <see cref="Interval"/> the hashes of comments
/// older than <see cref="Retention"/> are cleared. One conditional UPDATE, so any number of nodes may run it at once.
/// </summary>
public sealed class ClientHashExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ClientHashExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Clears the client hash of every comment posted before <paramref name="now"/> minus <see cref="Retention"/>.</summary>
    public static Task<int> ExpireAsync(BylineDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cutoff = now - Retention;
        return db.Comments
            .Where(c => c.ClientHash != null && c.CreatedAt < cutoff)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ClientHash, (string?)null), cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var cleared = await ExpireAsync(scope.ServiceProvider.GetRequiredService<BylineDb>(), clock.GetUtcNow(), stoppingToken);
                if (cleared > 0)
                {
                    logger.LogInformation("Cleared the client address hash of {Count} comments older than {Days} days", cleared, Retention.Days);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a database outage must not end the expiry.
                logger.LogError(e, "Clearing old client address hashes failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
