using Byline.Storage;

namespace Byline.Site;

/// <summary>Loads the saved site settings once the database is ready (and seeded), so the first page already shows them.</summary>
public sealed class SiteIdentityLoad(SiteIdentity identity) : IAfterMigration
{
    public Task RunAsync(IReadOnlyCollection<string> appliedMigrations, CancellationToken cancellationToken) =>
        identity.ReloadAsync(cancellationToken);
}
