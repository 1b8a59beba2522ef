using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

public static class UniqueSaves
{
    /// <summary>
    /// Saves, or returns false when a unique key (a slug) was taken by a simultaneous change: the tracked changes are
    /// dropped, and the caller's transaction is rolled back when it is disposed.
    /// </summary>
    public static async Task<bool> TrySaveUniqueAsync(this DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
