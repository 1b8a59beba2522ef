using Microsoft.Extensions.Options;

namespace Byline.Notifications;

/// <summary>Every <see cref="Interval"/>, sends the notification emails that are due (only while the site can send email).</summary>
public sealed class NotificationOutboxWorker(
    IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<NotificationOutboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CanSend)
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database outage must not end the outbox; the next tick tries again.
                logger.LogError(e, "Sending notification emails failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
