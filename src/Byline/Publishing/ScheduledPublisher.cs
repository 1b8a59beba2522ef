namespace Byline.Publishing;

/// <summary>Every <see cref="Interval"/>, publishes the scheduled stories whose time has come (embargoes lift within 30 s).</summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ArticlePublisher>().PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a database outage must not end the scheduler.
                logger.LogError(e, "Scheduled publishing failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
