using System.Net;
using System.Security.Cryptography;
using System.Text;
using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Comments;

/// <summary>
/// Keyed hashes of what commenters bring: their network address (kept only for rate limits) and their email (which
/// draws their avatar). The key is a random secret the site made for itself and stores in its database, so every node
/// computes the same hash and nobody outside can turn a hash back into an address or an email, as one could with a
/// plain hash such as Gravatar's.
/// </summary>
public sealed class CommenterFingerprints(IServiceScopeFactory scopes)
{
    private const string SecretName = "commenter-hash-key";
    private byte[]? _key;

    public async Task<string?> ClientHashAsync(IPAddress? address, CancellationToken cancellationToken) =>
        address is null ? null : Hash(await KeyAsync(cancellationToken), "client:" + address.MapToIPv6(), 32);

    public async Task<string> AvatarSeedAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        return Hash(await KeyAsync(cancellationToken), "avatar:" + email.Trim().ToLowerInvariant(), 16);
    }

    private static string Hash(byte[] key, string value, int length) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)))[..length];

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known)
        {
            return known;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        var stored = await db.SiteSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == SecretName, cancellationToken);
        if (stored is null)
        {
            db.SiteSecrets.Add(new SiteSecret { Name = SecretName, Value = RandomNumberGenerator.GetBytes(32) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node made the key first: use theirs.
                db.ChangeTracker.Clear();
            }
            stored = await db.SiteSecrets.AsNoTracking().SingleAsync(s => s.Name == SecretName, cancellationToken);
        }
        return _key = stored.Value;
    }
}
