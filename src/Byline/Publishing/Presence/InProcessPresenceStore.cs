using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Byline.Publishing.Presence;

/// <summary>
/// Presence in this process's memory, for a site served by one node. Expired entries are dropped whenever their story is
/// touched or read, so the store holds at most the stories opened within the last <see cref="PresenceOptions.Lifetime"/>
/// plus those nobody asked about since.
/// </summary>
public sealed class InProcessPresenceStore(TimeProvider clock, IOptions<PresenceOptions> options) : IPresenceStore
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<int, PresenceEntry>> _stories = new();

    public Task TouchAsync(int storyId, PresenceEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // A read that finds this story empty at this very moment may drop the set being added to; the member's next
        // heartbeat, a few seconds later, adds them again.
        var members = _stories.GetOrAdd(storyId, _ => new ConcurrentDictionary<int, PresenceEntry>());
        Prune(members);
        members.AddOrUpdate(entry.UserId, entry, (_, before) => entry with { Since = before.Since });
        return Task.CompletedTask;
    }

    public Task LeaveAsync(int storyId, int userId, CancellationToken cancellationToken)
    {
        if (_stories.TryGetValue(storyId, out var members))
        {
            members.TryRemove(userId, out _);
            if (members.IsEmpty)
            {
                _stories.TryRemove(KeyValuePair.Create(storyId, members));
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<int, IReadOnlyList<PresenceEntry>>> OnStoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        var found = new Dictionary<int, IReadOnlyList<PresenceEntry>>();
        foreach (var id in storyIds.Distinct())
        {
            if (!_stories.TryGetValue(id, out var members))
            {
                continue;
            }
            Prune(members);
            var here = members.Values.OrderBy(e => e.Since).ThenBy(e => e.UserId).ToList();
            if (here.Count > 0)
            {
                found[id] = here;
            }
            else
            {
                _stories.TryRemove(KeyValuePair.Create(id, members));
            }
        }
        return Task.FromResult<IReadOnlyDictionary<int, IReadOnlyList<PresenceEntry>>>(found);
    }

    private void Prune(ConcurrentDictionary<int, PresenceEntry> members)
    {
        var oldest = clock.GetUtcNow() - options.Value.Lifetime;
        foreach (var (user, entry) in members)
        {
            if (entry.SeenAt <= oldest)
            {
                members.TryRemove(KeyValuePair.Create(user, entry));
            }
        }
    }
}
