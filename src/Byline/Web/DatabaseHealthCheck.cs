using Byline.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Byline.Web;

internal sealed class DatabaseHealthCheck(BylineDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
