using System.Buffers.Binary;
using System.Buffers.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Byline.Comments;

/// <summary>
/// The comment form's antiforgery token. Article pages are output-cached and shared by every reader, so the
/// cookie-paired ASP.NET token cannot be used there (see docs/decisions/0002-comment-form-antiforgery.md).
/// Instead the form carries a token signed with the site's Data Protection keys, bound to one story and to the time it
/// was issued; together with the same-origin check it refuses posts that did not come from one of our pages.
/// </summary>
public sealed class CommentFormTokens(IDataProtectionProvider protection, TimeProvider clock, IOptions<CommentOptions> options)
{
    public const string FieldName = "form_token";

    /// <summary>Longer than any cached copy of a page lives, so a reader never meets an expired form.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    private readonly IDataProtector _protector = protection.CreateProtector("Byline.Comments.FormToken.v1");

    public string Issue(int articleId)
    {
        Span<byte> payload = stackalloc byte[12];
        BinaryPrimitives.WriteInt32BigEndian(payload, articleId);
        BinaryPrimitives.WriteInt64BigEndian(payload[4..], clock.GetUtcNow().ToUnixTimeSeconds());
        return Base64Url.EncodeToString(_protector.Protect(payload.ToArray()));
    }

    /// <param name="requireMinimumAge">False for a commenter editing their own comment: only a new post must not come too fast.</param>
    public CommentTokenCheck Check(HttpRequest request, string? token, int articleId, bool requireMinimumAge = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsCrossSite(request))
        {
            return CommentTokenCheck.CrossSite;
        }
        if (string.IsNullOrWhiteSpace(token))
        {
            return CommentTokenCheck.Missing;
        }

        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Base64Url.DecodeFromChars(token));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return CommentTokenCheck.Invalid;
        }

        if (payload.Length != 12 || BinaryPrimitives.ReadInt32BigEndian(payload) != articleId)
        {
            return CommentTokenCheck.Invalid;
        }
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(4)));
        var age = clock.GetUtcNow() - issuedAt;
        if (age < TimeSpan.FromMinutes(-5) || age > Lifetime)
        {
            return CommentTokenCheck.Expired;
        }
        // The issue time is when the page was made (for a cached page, when it was first made), so a person who
        // read and typed is always older than this; a script that posts at once is not.
        return requireMinimumAge && age >= TimeSpan.Zero && age < options.Value.MinimumFormAge ? CommentTokenCheck.TooFast : CommentTokenCheck.Valid;
    }

    /// <summary>Browsers send Sec-Fetch-Site and Origin with form posts; a post from another site's page is refused.</summary>
    private static bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site")
        {
            return true;
        }
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin) || origin == "null")
        {
            return false;
        }
        return !Uri.TryCreate(origin, UriKind.Absolute, out var originUri)
            || !string.Equals(originUri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
