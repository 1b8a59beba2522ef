using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Notifications;

/// <summary>A member's choices of which notifications also arrive by email. None do until the member chooses them.</summary>
public sealed class NotificationPreferences(BylineDb db, TimeProvider clock)
{
    public async Task<IReadOnlySet<NotificationKind>> EmailKindsAsync(int userId, CancellationToken cancellationToken) =>
        (await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.UserId == userId && p.ByEmail)
            .Select(p => p.Kind)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Stores the member's choice for every kind: those in <paramref name="byEmail"/> on, the others off.</summary>
    public async Task SaveAsync(int userId, IReadOnlyCollection<NotificationKind> byEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(byEmail);
        try
        {
            await WriteAsync(userId, byEmail, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same member's first choices saved from two tabs at once: the other tab's rows now exist, so once more.
            db.ChangeTracker.Clear();
            await WriteAsync(userId, byEmail, cancellationToken);
        }
    }

    private async Task WriteAsync(int userId, IReadOnlyCollection<NotificationKind> byEmail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var kind in NotificationKinds.All)
        {
            var wanted = byEmail.Contains(kind);
            if (!stored.TryGetValue(kind, out var preference))
            {
                db.NotificationPreferences.Add(new NotificationPreference { UserId = userId, Kind = kind, ByEmail = wanted, ChosenAt = now });
            }
            else if (preference.ByEmail != wanted)
            {
                preference.ByEmail = wanted;
                preference.ChosenAt = now;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
