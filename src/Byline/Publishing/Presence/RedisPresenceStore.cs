using System.Globalization;
using System.Text.Json;
using Byline.Accounts;
using Byline.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Byline.Publishing.Presence;

/// <summary>
/// Presence shared by every node through Redis: one hash per story (<c>{prefix}presence:{story}</c>), a field per
/// member holding their entry. The hash expires <see cref="PresenceOptions.Lifetime"/> after its last heartbeat, and a
/// member whose own heartbeats stopped is dropped on read, so nothing needs sweeping. While Redis is away presence is
/// simply empty: it is a courtesy, never a reason for the editor to fail.
/// </summary>
public sealed class RedisPresenceStore(
    RedisConnection redis,
    string keyPrefix,
    TimeProvider clock,
    IOptions<PresenceOptions> options,
    ILogger<RedisPresenceStore> logger) : IPresenceStore
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromMinutes(1);
    private long _lastLoggedTicks;

    public async Task TouchAsync(int storyId, PresenceEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var db = redis.Multiplexer.GetDatabase();
            var key = Key(storyId);
            var field = Field(entry.UserId);
            if (Read(storyId, entry.UserId, await db.HashGetAsync(key, field)) is { } before && Fresh(before))
            {
                entry = entry with { Since = before.Since };
            }
            var write = db.CreateTransaction();
            _ = write.HashSetAsync(key, field, Write(entry));
            _ = write.KeyExpireAsync(key, options.Value.Lifetime);
            await write.ExecuteAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Failed(e);
        }
    }

    public async Task LeaveAsync(int storyId, int userId, CancellationToken cancellationToken)
    {
        try
        {
            await redis.Multiplexer.GetDatabase().HashDeleteAsync(Key(storyId), Field(userId));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Failed(e);
        }
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<PresenceEntry>>> OnStoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        var found = new Dictionary<int, IReadOnlyList<PresenceEntry>>();
        if (storyIds.Count == 0)
        {
            return found;
        }
        try
        {
            var db = redis.Multiplexer.GetDatabase();
            // Sent together (the multiplexer pipelines them): the desk asks about a few dozen stories in one round trip.
            var reads = storyIds.Distinct().Select(id => (Id: id, Fields: db.HashGetAllAsync(Key(id)))).ToList();
            await Task.WhenAll(reads.Select(r => r.Fields));
            foreach (var (id, fields) in reads)
            {
                var here = new List<PresenceEntry>();
                foreach (var field in (await fields).Where(f => int.TryParse(f.Name.ToString(), CultureInfo.InvariantCulture, out _)))
                {
                    var user = int.Parse(field.Name.ToString(), CultureInfo.InvariantCulture);
                    if (Read(id, user, field.Value) is { } entry && Fresh(entry))
                    {
                        here.Add(entry);
                    }
                    else
                    {
                        _ = db.HashDeleteAsync(Key(id), field.Name, CommandFlags.FireAndForget);
                    }
                }
                if (here.Count > 0)
                {
                    found[id] = here.OrderBy(e => e.Since).ThenBy(e => e.UserId).ToList();
                }
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Failed(e);
        }
        return found;
    }

    private RedisKey Key(int storyId) => $"{keyPrefix}presence:{storyId.ToString(CultureInfo.InvariantCulture)}";

    private static RedisValue Field(int userId) => userId.ToString(CultureInfo.InvariantCulture);

    private bool Fresh(PresenceEntry entry) => entry.SeenAt > clock.GetUtcNow() - options.Value.Lifetime;

    private static RedisValue Write(PresenceEntry entry) =>
        JsonSerializer.Serialize(new Stored(entry.Name, entry.Role, entry.Since.ToUnixTimeMilliseconds(), entry.SeenAt.ToUnixTimeMilliseconds(), entry.Typing));

    private PresenceEntry? Read(int storyId, int userId, RedisValue value)
    {
        if (value.IsNullOrEmpty)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Stored>(value.ToString()) is { } stored
                ? new PresenceEntry(userId, stored.Name, stored.Role, DateTimeOffset.FromUnixTimeMilliseconds(stored.Since),
                    DateTimeOffset.FromUnixTimeMilliseconds(stored.SeenAt), stored.Typing)
                : null;
        }
        catch (JsonException)
        {
            // Written by another version of Byline, or by hand: treated as gone, and replaced at the next heartbeat.
            logger.LogDebug("Unreadable presence entry of member {UserId} on story {StoryId}", userId, storyId);
            return null;
        }
    }

    /// <summary>An outage is logged once a minute, not once a heartbeat.</summary>
    private void Failed(Exception e)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastLoggedTicks);
        if (now - last >= LogEvery.Ticks && Interlocked.CompareExchange(ref _lastLoggedTicks, now, last) == last)
        {
            logger.LogWarning(e, "Presence is unavailable: Redis cannot be reached");
        }
    }

    /// <summary>What a field holds: the entry without the member's id (the field's name) and with times as Unix milliseconds.</summary>
    private sealed record Stored(string Name, NewsroomRole Role, long Since, long SeenAt, bool Typing);
}
