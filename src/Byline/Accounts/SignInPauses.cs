using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Byline.Accounts;

/// <summary>
/// Wrong passwords pause sign-ins to one account from one network address, never the account itself: after Identity's
/// lockout count of failures (5) within its lockout time (15 minutes), that address waits that long for that account,
/// while the member signs in from their own address as usual; nobody can keep a colleague out. Counted per email
/// address whether or not a member has it, so a pause says nothing about who has an account. Kept in this node's
/// memory, like the rate limiters; the per-address throttle (<see cref="SignInRateLimits"/>) bounds how many accounts
/// one address can try, and the 12-character passwords and two-factor sign-in guard against guessing from many.
/// </summary>
public sealed class SignInPauses(IMemoryCache cache, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    private LockoutOptions Lockout => identity.Value.Lockout;

    public bool IsPaused(string normalizedEmail, IPAddress? address)
    {
        if (!cache.TryGetValue(new CacheKey(normalizedEmail), out Failures? failures) || failures is null)
        {
            return false;
        }
        lock (failures.Gate)
        {
            return failures.ByAddress.TryGetValue(KeyOf(address), out var attempts) && attempts.PausedUntil > clock.GetUtcNow();
        }
    }

    /// <returns>True when this failure starts a pause (so that it is recorded once, not at every attempt during it).</returns>
    public bool RecordFailure(string normalizedEmail, IPAddress? address)
    {
        var failures = cache.GetOrCreate(new CacheKey(normalizedEmail), entry =>
        {
            entry.SlidingExpiration = Lockout.DefaultLockoutTimeSpan;
            return new Failures();
        })!;
        var now = clock.GetUtcNow();
        var key = KeyOf(address);
        lock (failures.Gate)
        {
            var attempts = failures.ByAddress.TryGetValue(key, out var earlier) && earlier.Since + Lockout.DefaultLockoutTimeSpan > now
                ? earlier
                : new Attempts(0, now, null);
            if (attempts.Count + 1 >= Lockout.MaxFailedAccessAttempts)
            {
                failures.ByAddress[key] = new Attempts(0, now, now + Lockout.DefaultLockoutTimeSpan);
                return true;
            }
            failures.ByAddress[key] = attempts with { Count = attempts.Count + 1 };
            return false;
        }
    }

    /// <summary>After a sign-in with the right password: this address starts counting afresh.</summary>
    public void Forget(string normalizedEmail, IPAddress? address)
    {
        if (cache.TryGetValue(new CacheKey(normalizedEmail), out Failures? failures) && failures is not null)
        {
            lock (failures.Gate)
            {
                failures.ByAddress.Remove(KeyOf(address));
            }
        }
    }

    /// <summary>An admin's unlock or a new password ends every pause of the account.</summary>
    public void ForgetAll(string normalizedEmail) => cache.Remove(new CacheKey(normalizedEmail));

    /// <summary>When the last running pause of the account ends, or null when none is running.</summary>
    public DateTimeOffset? PausedUntil(string normalizedEmail)
    {
        if (!cache.TryGetValue(new CacheKey(normalizedEmail), out Failures? failures) || failures is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        lock (failures.Gate)
        {
            return failures.ByAddress.Values.Select(a => a.PausedUntil).Where(until => until > now).Max();
        }
    }

    private static string KeyOf(IPAddress? address) => address?.ToString() ?? "unknown";

    private sealed record CacheKey(string NormalizedEmail);

    private sealed record Attempts(int Count, DateTimeOffset Since, DateTimeOffset? PausedUntil);

    private sealed class Failures
    {
        public Lock Gate { get; } = new();
        public Dictionary<string, Attempts> ByAddress { get; } = [];
    }
}
