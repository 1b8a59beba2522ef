using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Byline.Comments;

/// <summary>
/// After posting, the commenter's browser holds a signed cookie per comment, scoped to the story's address. It lets that
/// browser see its comment while it awaits moderation and edit or delete it for <see cref="EditWindow"/>; nobody else
/// can, and no account is needed. Requests that carry one bypass the shared page cache (see CommenterCookieBypass).
/// </summary>
public sealed class CommenterCookies(IDataProtectionProvider protection)
{
    public const string Prefix = "byline-c-";
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector _protector = protection.CreateProtector("Byline.Comments.Commenter.v1");

    public void Issue(HttpContext context, int commentId, int articleId, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{commentId}:{articleId}"));
        context.Response.Cookies.Append(Prefix + commentId.ToString(CultureInfo.InvariantCulture), value, new CookieOptions
        {
            Path = articlePath,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    public void Forget(HttpContext context, int commentId, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Prefix + commentId.ToString(CultureInfo.InvariantCulture), new CookieOptions { Path = articlePath });
    }

    /// <summary>The ids of this story's comments that this browser posted (and whose cookies are genuine).</summary>
    public IReadOnlyList<int> CommentIdsFor(HttpRequest request, int articleId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = new List<int>();
        foreach (var (name, value) in request.Cookies)
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !int.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }
            try
            {
                var parts = _protector.Unprotect(value).Split(':');
                if (parts.Length == 2 && parts[0] == id.ToString(CultureInfo.InvariantCulture)
                    && parts[1] == articleId.ToString(CultureInfo.InvariantCulture))
                {
                    ids.Add(id);
                }
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // A forged or stale cookie proves nothing; it is ignored.
            }
        }
        return ids;
    }

    public static bool HasAny(HttpRequest request) =>
        request?.Cookies.Keys.Any(name => name.StartsWith(Prefix, StringComparison.Ordinal)) == true;
}
