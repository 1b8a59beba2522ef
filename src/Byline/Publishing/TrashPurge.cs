using Byline.Accounts;
using Byline.Outcomes;
using Byline.Storage;

namespace Byline.Publishing;

/// <summary>
/// Deleting what is in the trash for good, all at once: an admin emptying it, or the purge taking what has waited longer
/// than <see cref="StoryTrash.KeptFor"/>. Each story and image goes in its own guarded DELETE with its own audit entry,
/// so two nodes purging together delete each one once.
/// </summary>
public sealed class TrashPurge(StoryDeletion stories, MediaDeletion media, AuditLog audit, BylineDb db, TimeProvider clock)
{
    /// <summary>The actor the purge's audit entries name.</summary>
    public static readonly Actor Purger = Actor.System("Trash purge");

    public async Task<Outcome> EmptyAsync(bool confirmed, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ArticleAccess.CanDeletePermanently(actor))
        {
            return Outcome.Forbidden("Only an admin can empty the trash.");
        }
        if (!confirmed)
        {
            return Outcome.Invalid("Confirm that everything in the trash is deleted for good: nothing was deleted.");
        }
        var (storyCount, imageCount) = await PurgeAsync(DateTimeOffset.MaxValue, actor, "when the trash was emptied", cancellationToken);
        audit.Add(actor, AuditActions.TrashEmptied, null, $"Emptied the trash: {Count(storyCount, "story", "stories")} and {Count(imageCount, "image", "images")} deleted for good");
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done($"The trash is empty: {Count(storyCount, "story", "stories")} and {Count(imageCount, "image", "images")} deleted for good.");
    }

    /// <summary>Deletes what has been in the trash longer than <see cref="StoryTrash.KeptFor"/>; the number of stories and images.</summary>
    public Task<(int Stories, int Images)> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        PurgeAsync(clock.GetUtcNow() - StoryTrash.KeptFor, Purger, $"after {StoryTrash.KeptFor.Days} days in the trash", cancellationToken);

    private async Task<(int, int)> PurgeAsync(DateTimeOffset trashedBy, Actor actor, string reason, CancellationToken cancellationToken)
    {
        // Stories first: an image they feature then has fewer uses to clear.
        var storyCount = await stories.PurgeAsync(trashedBy, actor, reason, cancellationToken);
        var imageCount = await media.PurgeAsync(trashedBy, actor, reason, cancellationToken);
        return (storyCount, imageCount);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
