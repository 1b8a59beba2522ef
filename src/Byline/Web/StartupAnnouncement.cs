using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Byline.Web;

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
        });
        return app;
    }
}
