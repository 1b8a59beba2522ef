namespace Byline.Publishing.Presence;

/// <summary>
/// Who has which story open: short-lived entries that expire on their own when a page stops saying it is still there.
/// Never the database: a heartbeat every few seconds from every open editor must cost no write. In this process on one
/// node (<see cref="InProcessPresenceStore"/>), in Redis when several nodes serve the newsroom (<see cref="RedisPresenceStore"/>).
/// </summary>
public interface IPresenceStore
{
    /// <summary>Records that <paramref name="entry"/>'s member is on the story now; a member already there keeps their <see cref="PresenceEntry.Since"/>.</summary>
    Task TouchAsync(int storyId, PresenceEntry entry, CancellationToken cancellationToken);

    /// <summary>The member closed the story: they leave at once instead of when their entry expires.</summary>
    Task LeaveAsync(int storyId, int userId, CancellationToken cancellationToken);

    /// <summary>The members whose entries have not expired, per story asked about (stories nobody has open are left out).</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyList<PresenceEntry>>> OnStoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken);
}
