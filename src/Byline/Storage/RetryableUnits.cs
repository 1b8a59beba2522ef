using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

public static class RetryableUnits
{
    /// <summary>
    /// Runs a unit of work that opens its own transaction under the provider's execution strategy, so that on
    /// PostgreSQL a dropped connection retries the whole unit (from a clean change tracker) instead of failing half-way.
    /// </summary>
    public static Task<T> InRetryableUnitAsync<T>(this DbContext db, Func<Task<T>> unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async _ =>
        {
            db.ChangeTracker.Clear();
            return await unit();
        }, cancellationToken);
    }
}
