using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Byline.Accounts;
using Byline.Content;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Share-preview links: whoever may edit a story makes one for someone without an account (a source checking a quote,
/// a lawyer), who reads the story's latest saved version at <c>/preview/{token}</c> until the link expires or is
/// revoked. The token is 32 random bytes (256 bits: unguessable, so its address is its signature); only its SHA-256
/// hash is stored. Making and revoking a link are audited.
/// </summary>
public sealed class PreviewLinks(BylineDb db, AuditLog audit, TimeProvider clock)
{
    public const string PathPrefix = "/preview/";

    /// <summary>More than this many working links on one story is a sign of a leak, not of a review.</summary>
    public const int MaxActivePerStory = 20;

    public const PreviewLinkLifetime DefaultLifetime = PreviewLinkLifetime.TwoDays;

    /// <summary>Longer strings cannot be one of our tokens (43 characters); refusing them early bounds the hashing work.</summary>
    private const int MaxTokenLength = 100;

    public static TimeSpan Duration(PreviewLinkLifetime lifetime) => lifetime switch
    {
        PreviewLinkLifetime.OneHour => TimeSpan.FromHours(1),
        PreviewLinkLifetime.OneWeek => TimeSpan.FromDays(7),
        _ => TimeSpan.FromHours(48),
    };

    public static string Describe(PreviewLinkLifetime lifetime) => lifetime switch
    {
        PreviewLinkLifetime.OneHour => "1 hour",
        PreviewLinkLifetime.OneWeek => "7 days",
        _ => "48 hours",
    };

    /// <summary>Makes a link to story <paramref name="articleId"/>; done, its value is the site path to pass on (shown once).</summary>
    public async Task<Outcome<string>> CreateAsync(int articleId, PreviewLinkLifetime lifetime, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(lifetime))
        {
            return Outcome.Invalid("A preview link lasts 1 hour, 48 hours or 7 days.").As<string>();
        }
        if (await RefusalAsync(articleId, actor, cancellationToken) is { } refusal)
        {
            return refusal.As<string>();
        }
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        return await db.InRetryableUnitAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var active = await db.PreviewLinks.CountAsync(l => l.ArticleId == articleId && l.RevokedAt == null && l.ExpiresAt > now, cancellationToken);
            if (active >= MaxActivePerStory)
            {
                return Outcome.Invalid($"A story can have at most {MaxActivePerStory} working preview links. Revoke one before making another.").As<string>();
            }
            var link = new PreviewLink
            {
                ArticleId = articleId,
                TokenHash = Hash(token),
                CreatedById = actor.UserId,
                CreatedByName = actor.Name.Length > PreviewLink.CreatedByNameMaxLength ? actor.Name[..PreviewLink.CreatedByNameMaxLength] : actor.Name,
                CreatedAt = now,
                ExpiresAt = now + Duration(lifetime),
            };
            db.PreviewLinks.Add(link);
            audit.Add(actor, AuditActions.PreviewLinkCreated, $"article:{articleId}", $"Made a preview link that works for {Describe(lifetime)}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Done(PathPrefix + token, $"Preview link made: it works for {Describe(lifetime)}. Copy it now; it is shown only once.");
        }, cancellationToken);
    }

    /// <summary>Stops link <paramref name="linkId"/> of story <paramref name="articleId"/> at once.</summary>
    public async Task<Outcome> RevokeAsync(int articleId, int linkId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await RefusalAsync(articleId, actor, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var now = clock.GetUtcNow();
        return await db.InRetryableUnitAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var revoked = await db.PreviewLinks
                .Where(l => l.Id == linkId && l.ArticleId == articleId && l.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, now), cancellationToken);
            if (revoked == 0)
            {
                return Outcome.NotFound("That preview link does not exist or was already revoked.");
            }
            audit.Add(actor, AuditActions.PreviewLinkRevoked, $"article:{articleId}", $"Revoked preview link {linkId}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Done("Preview link revoked: it no longer opens the story.");
        }, cancellationToken);
    }

    /// <summary>The story's links that still work, soonest to expire first.</summary>
    public async Task<IReadOnlyList<ActivePreviewLink>> ActiveAsync(int articleId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.PreviewLinks.AsNoTracking()
            .Where(l => l.ArticleId == articleId && l.RevokedAt == null && l.ExpiresAt > now)
            .OrderBy(l => l.ExpiresAt).ThenBy(l => l.Id)
            .Select(l => new ActivePreviewLink(l.Id, l.CreatedByName, l.CreatedAt, l.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What <paramref name="token"/> opens; the story, with its page's parts, only while the link works.</summary>
    public async Task<(PreviewLinkState State, Article? Story, DateTimeOffset? ExpiresAt)> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength)
        {
            return (PreviewLinkState.Unknown, null, null);
        }
        var hash = Hash(token);
        var link = await db.PreviewLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null)
        {
            return (PreviewLinkState.Unknown, null, null);
        }
        if (link.RevokedAt is not null)
        {
            return (PreviewLinkState.Revoked, null, null);
        }
        if (link.ExpiresAt <= clock.GetUtcNow())
        {
            return (PreviewLinkState.Expired, null, null);
        }
        var story = await db.Articles.AsNoTracking().WithStoryPageParts().SingleOrDefaultAsync(a => a.Id == link.ArticleId, cancellationToken);
        return story is null || story.Status == ArticleStatus.Importing
            ? (PreviewLinkState.Unknown, null, null)
            : (PreviewLinkState.Active, story, link.ExpiresAt);
    }

    /// <summary>Links are made and revoked by those who may edit the story (<see cref="ArticleAccess"/>).</summary>
    private async Task<Outcome?> RefusalAsync(int articleId, Actor actor, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Status, a.CreatedById, Authors = a.Authors.Select(x => x.PersonId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return Outcome.NotFound("That story does not exist.");
        }
        return ArticleAccess.CanEdit(actor, story.Status, ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors))
            ? null
            : Outcome.Forbidden("Only those who may edit this story may share its preview.");
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
