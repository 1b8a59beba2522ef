using Byline.Content;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Byline.Site;

/// <summary>
/// The site's current <see cref="SiteProfile"/>: configuration (<c>Byline:Site</c>) overlaid with what an admin saved
/// in the newsroom. Read on every request, so it is held in memory; a save reloads it at once, and every node
/// re-reads it at most <see cref="RefreshAfter"/> later.
/// </summary>
public sealed class SiteIdentity(IOptions<SiteOptions> options, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SiteIdentity> logger)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30);

    private SiteProfile? _current;
    private DateTimeOffset _loadedAt;
    private int _refreshing;
    private long _loads;

    public SiteProfile Current
    {
        get
        {
            var current = _current ??= Merge(null);
            if (clock.GetUtcNow() - _loadedAt > RefreshAfter && Interlocked.Exchange(ref _refreshing, 1) == 0)
            {
                // Not on the request's execution context: the refresh may outlive the request, and it is not the
                // request's work (its HttpContext must not be reachable from it).
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(RefreshInBackgroundAsync);
                }
            }
            return current;
        }
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // A load that started earlier (a background refresh) must not overwrite one that started later (a save).
        var load = Interlocked.Increment(ref _loads);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        var saved = await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (load == Interlocked.Read(ref _loads))
        {
            _current = Merge(saved);
            _loadedAt = clock.GetUtcNow();
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await ReloadAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            // Keep serving the last known settings while the database is away.
            _loadedAt = clock.GetUtcNow();
            logger.LogWarning(e, "Could not reload the site settings; keeping the last known ones");
        }
        finally
        {
            Interlocked.Exchange(ref _refreshing, 0);
        }
    }

    private SiteProfile Merge(SiteSettings? saved)
    {
        var configured = options.Value;
        var zoneId = saved?.TimeZone ?? configured.TimeZone;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new SiteProfile(
            saved?.Title ?? configured.Title,
            saved?.Description ?? configured.Description,
            configured.Language,
            zone,
            string.IsNullOrWhiteSpace(configured.PublicUrl) ? null : configured.PublicUrl.TrimEnd('/'),
            saved?.LogoId,
            saved?.CommentPolicy ?? CommentPolicy.ClosedAfterDays,
            saved?.CommentDays ?? 14,
            saved is null
                ? CommentRules.Defaults
                : new CommentRules(saved.HoldFirstComments, saved.MaxLinks, CommentRules.ParseList(saved.BlockedWords), CommentRules.ParseList(saved.HeldWords)))
        {
            SharingImageId = saved?.SharingImageId,
        };
    }
}
