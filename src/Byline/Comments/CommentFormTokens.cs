using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Byline.Comments;

/// <summary>
/// The comment form's token. Article pages are output-cached and shared by every reader, so the cookie-paired ASP.NET
/// token cannot be used there (see docs/decisions/0002-comment-form-antiforgery.md). Instead each reader gets a token of
/// their own when they start on the form: signed with the site's Data Protection keys, bound to one story, to the moment
/// it was issued (the "too fast" rule counts from it) and to a random id that lets it post one comment only.
/// </summary>
public sealed class CommentFormTokens(IDataProtectionProvider protection, TimeProvider clock, IOptions<CommentOptions> options)
{
    public const string FieldName = "form_token";

    /// <summary>
    /// Long enough to read and write a comment. A reader who takes longer gets the form back with a fresh token and their
    /// words, and posts again.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(3);

    private const int PayloadLength = 4 + 8 + 16;

    private readonly IDataProtector _protector = protection.CreateProtector("Byline.Comments.FormToken.v2");

    public string Issue(int articleId)
    {
        Span<byte> payload = stackalloc byte[PayloadLength];
        BinaryPrimitives.WriteInt32BigEndian(payload, articleId);
        BinaryPrimitives.WriteInt64BigEndian(payload[4..], clock.GetUtcNow().ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(payload[12..]);
        return Base64Url.EncodeToString(_protector.Protect(payload.ToArray()));
    }

    /// <param name="requireMinimumAge">False for a commenter editing their own comment: only a new post must not come too fast.</param>
    public CheckedFormToken Check(HttpRequest request, string? token, int articleId, bool requireMinimumAge = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsCrossSite(request))
        {
            return new CheckedFormToken(CommentTokenCheck.CrossSite, Guid.Empty);
        }
        if (string.IsNullOrWhiteSpace(token))
        {
            return new CheckedFormToken(CommentTokenCheck.Missing, Guid.Empty);
        }

        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Base64Url.DecodeFromChars(token));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return new CheckedFormToken(CommentTokenCheck.Invalid, Guid.Empty);
        }

        if (payload.Length != PayloadLength || BinaryPrimitives.ReadInt32BigEndian(payload) != articleId)
        {
            return new CheckedFormToken(CommentTokenCheck.Invalid, Guid.Empty);
        }
        var issuedAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(4)));
        var age = clock.GetUtcNow() - issuedAt;
        var result = age < TimeSpan.FromMinutes(-5) || age > Lifetime ? CommentTokenCheck.Expired
            // The token was issued to this reader when they started on the form: a person who reads and types is older
            // than the minimum; a script that posts at once is not.
            : requireMinimumAge && age >= TimeSpan.Zero && age < options.Value.MinimumFormAge ? CommentTokenCheck.TooFast
            : CommentTokenCheck.Valid;
        return new CheckedFormToken(result, result == CommentTokenCheck.Valid ? new Guid(payload.AsSpan(12)) : Guid.Empty);
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
