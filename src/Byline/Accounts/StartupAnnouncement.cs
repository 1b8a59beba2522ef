using Byline.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Byline.Accounts;

public static class StartupAnnouncement
{
    /// <summary>Prints where the site can be opened, once it is listening.</summary>
    public static WebApplication AnnounceAddresses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"Byline is running: open {address}/ in a browser (Ctrl+C stops it).");
            }
            _ = AnnounceSetupAsync(app, addresses, app.Lifetime.ApplicationStopping);
        });
        return app;
    }

    private static async Task AnnounceSetupAsync(WebApplication app, ICollection<string> addresses, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FirstAdminSetup>()
                .AnnounceIfNeededAsync(scope.ServiceProvider.GetRequiredService<BylineDb>(), addresses, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            app.Logger.LogWarning(e, "Could not check whether the newsroom needs its first admin");
        }
    }
}
