using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

public static class RetryableUnits
{
    /// <summary>
    /// Runs a unit of work that opens its own transaction under the provider's execution strategy, so that on
    /// PostgreSQL a dropped connection retries the whole unit (from a clean change tracker) instead of failing half-way.
    /// </summary>
    public static Task<T> InRetryableUnitAsync<T>(this DbContext db, Func<Task<T>> unit, CancellationToken cancellationToken) =>
        RunAsync(db, unit, keepCallersChanges: false, cancellationToken);

    /// <summary>
    /// As <see cref="InRetryableUnitAsync{T}"/>, for a unit that finishes what its caller began on <paramref name="db"/>
    /// (an import's last writes, tracked and not yet saved): the first attempt keeps them, and only a retry starts clean.
    /// </summary>
    public static async Task FinishInRetryableUnitAsync(this DbContext db, Func<Task> unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        await RunAsync(db, async () =>
        {
            await unit();
            return true;
        }, keepCallersChanges: true, cancellationToken);
    }

    private static Task<T> RunAsync<T>(DbContext db, Func<Task<T>> unit, bool keepCallersChanges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async _ =>
        {
            if (attempt++ > 0 || !keepCallersChanges)
            {
                db.ChangeTracker.Clear();
            }
            return await unit();
        }, cancellationToken);
    }
}
