namespace Byline.Publishing;

/// <summary>
/// Every <see cref="Interval"/>, deletes for good what has been in the trash longer than <see cref="StoryTrash.KeptFor"/>.
/// Safe on several nodes: each deletion is a guarded DELETE that only one node wins.
/// </summary>
public sealed class TrashPurger(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrashPurger> logger) : BackgroundService
{
    /// <summary>Often enough that a test moving the clock sees the purge within seconds; each tick reads one small index.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (stories, images) = await scope.ServiceProvider.GetRequiredService<TrashPurge>().PurgeExpiredAsync(stoppingToken);
                if (stories + images > 0)
                {
                    logger.LogInformation("Purged {StoryCount} stories and {ImageCount} images from the trash", stories, images);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a database outage must not end the purge.
                logger.LogError(e, "Purging the trash failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
