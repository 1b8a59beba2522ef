using System.Buffers.Binary;
using System.Buffers.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Byline.Comments;

/// <summary>
/// After posting, the commenter's browser holds one signed cookie for the story, scoped to its address, listing the
/// browser's latest comments there (at most <see cref="MaxComments"/>). It lets that browser see them while they await
/// moderation and edit or delete them for <see cref="EditWindow"/>, and it expires when the newest one's window closes;
/// nobody else can, and no account is needed. Requests that carry it bypass the shared page cache (see CommenterCookieBypass).
/// </summary>
public sealed class CommenterCookies(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Name = "byline-c";

    /// <summary>More than the comment limits let one browser post in one window, and few enough that the cookie stays small.</summary>
    public const int MaxComments = 20;

    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(10);

    private const int EntryBytes = sizeof(int) + sizeof(long);

    private readonly IDataProtector _protector = protection.CreateProtector("Byline.Comments.Commenter.v2");

    public void Issue(HttpContext context, int commentId, int articleId, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetUtcNow();
        var open = Read(context.Request, articleId).Where(c => c.PostedAt + EditWindow > now && c.CommentId != commentId);
        Write(context, articleId, articlePath, [.. open.TakeLast(MaxComments - 1), (commentId, now)]);
    }

    public void Forget(HttpContext context, int commentId, int articleId, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetUtcNow();
        var open = Read(context.Request, articleId).Where(c => c.PostedAt + EditWindow > now && c.CommentId != commentId).ToList();
        if (open.Count == 0)
        {
            context.Response.Cookies.Delete(Name, new CookieOptions { Path = articlePath });
            return;
        }
        Write(context, articleId, articlePath, open);
    }

    /// <summary>The ids of this story's comments that this browser posted, when its cookie is genuine and made for this story.</summary>
    public IReadOnlyList<int> CommentIdsFor(HttpRequest request, int articleId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read(request, articleId).Select(c => c.CommentId).ToList();
    }

    public static bool HasAny(HttpRequest request) => request?.Cookies.ContainsKey(Name) == true;

    private void Write(HttpContext context, int articleId, string articlePath, List<(int CommentId, DateTimeOffset PostedAt)> comments)
    {
        var payload = new byte[sizeof(int) + (comments.Count * EntryBytes)];
        BinaryPrimitives.WriteInt32BigEndian(payload, articleId);
        for (var i = 0; i < comments.Count; i++)
        {
            var entry = payload.AsSpan(sizeof(int) + (i * EntryBytes));
            BinaryPrimitives.WriteInt32BigEndian(entry, comments[i].CommentId);
            BinaryPrimitives.WriteInt64BigEndian(entry[sizeof(int)..], comments[i].PostedAt.ToUnixTimeSeconds());
        }
        var lastWindowCloses = comments.Max(c => c.PostedAt) + EditWindow;
        context.Response.Cookies.Append(Name, Base64Url.EncodeToString(_protector.Protect(payload)), new CookieOptions
        {
            Path = articlePath,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = lastWindowCloses - clock.GetUtcNow(),
            IsEssential = true,
        });
    }

    private List<(int CommentId, DateTimeOffset PostedAt)> Read(HttpRequest request, int articleId)
    {
        var comments = new List<(int, DateTimeOffset)>();
        if (!request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return comments;
        }
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Base64Url.DecodeFromChars(value));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            // A forged or stale cookie proves nothing; it is ignored.
            return comments;
        }
        if (payload.Length < sizeof(int) || (payload.Length - sizeof(int)) % EntryBytes != 0 || BinaryPrimitives.ReadInt32BigEndian(payload) != articleId)
        {
            return comments;
        }
        for (var offset = sizeof(int); offset < payload.Length; offset += EntryBytes)
        {
            var entry = payload.AsSpan(offset);
            comments.Add((BinaryPrimitives.ReadInt32BigEndian(entry), DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(entry[sizeof(int)..]))));
        }
        return comments;
    }
}
