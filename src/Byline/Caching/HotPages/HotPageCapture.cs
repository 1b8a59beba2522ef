using System.IO.Compression;
using Byline.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Byline.Caching.HotPages;

/// <summary>Keeps a freshly made public response as a hot page, compressed once, when the request and the page allow it.</summary>
public static class HotPageCapture
{
    /// <summary>The lifetime of the output cache's entries: a hot page never outlives the entry it copies.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private static readonly HashSet<string> HeadersNotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentLength, HeaderNames.SetCookie, HeaderNames.Date, HeaderNames.Server, HeaderNames.TransferEncoding,
    };

    public static void TryKeep(HttpContext context, OutputCacheContext cacheable, ReadOnlySpan<byte> body, string etag)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cacheable);
        var store = context.RequestServices.GetRequiredService<HotPageStore>();
        if (!store.Enabled || !HttpMethods.IsGet(context.Request.Method) || !HotPageRequest.IsPlainRead(context.Request)
            || !HotPageEligible.IsMarked(context) || context.Response.StatusCode != StatusCodes.Status200OK)
        {
            return;
        }
        var headers = context.Response.Headers
            .Where(h => !HeadersNotKept.Contains(h.Key))
            .Select(h => KeyValuePair.Create(h.Key, h.Value.ToString()))
            .ToList();
        var compressible = IsCompressible(context.Response.ContentType);
        var now = store.Clock.GetUtcNow();
        var page = new HotPage
        {
            Headers = headers,
            ETag = etag,
            Body = body.ToArray(),
            Brotli = compressible ? Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)) : null,
            Gzip = compressible ? Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)) : null,
            Tags = new HashSet<string>(cacheable.Tags, StringComparer.Ordinal),
            StoredAt = now,
            ExpiresAt = now + Lifetime,
        };
        store.Add(HotPageRequest.Key(context.Request), page);
    }

    /// <summary>Whether responses of this type are sent compressed, as the response-compression middleware decides it.</summary>
    private static bool IsCompressible(string? contentType) =>
        contentType is not null && ReaderSiteRegistration.CompressedTypes.Contains(contentType.Split(';', 2)[0].Trim(), StringComparer.OrdinalIgnoreCase);

    private static byte[] Compress(ReadOnlySpan<byte> body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }
        return output.ToArray();
    }
}
