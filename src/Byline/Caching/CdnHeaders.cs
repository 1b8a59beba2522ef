using System.Security.Cryptography;
using Byline.Caching.HotPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;

namespace Byline.Caching;

/// <summary>
/// What a CDN in front of several nodes needs to cache public pages safely: <c>Cache-Control</c> with
/// <c>s-maxage</c> and <c>stale-while-revalidate</c>, a strong <c>ETag</c> of the bytes (ConditionalRequests answers a
/// matching <c>If-None-Match</c> with 304), and a <c>Surrogate-Key</c> with the output-cache tags, so the CDN can purge
/// exactly what the application evicts. Runs inside the output cache, so cached copies carry the same headers.
/// Personal responses (a commenter's own view) get <c>private, no-store</c>.
/// </summary>
public static class CdnHeaders
{
    public const string PublicCacheControl = "public, max-age=0, s-maxage=300, stale-while-revalidate=60";
    public const string PersonalCacheControl = "private, no-store";

    public static IApplicationBuilder UseCdnHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var cacheable = context.Features.Get<IOutputCacheFeature>()?.Context;
            if (cacheable is null || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                await next(context);
                return;
            }

            var original = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                if (!cacheable.AllowCacheStorage || response.Headers.SetCookie.Count > 0)
                {
                    response.Headers.CacheControl = PersonalCacheControl;
                }
                else
                {
                    var etag = $"\"{WebEncoders.Base64UrlEncode(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..27]}\"";
                    response.Headers.ETag = etag;
                    response.Headers.CacheControl = PublicCacheControl;
                    if (cacheable.Tags.Count > 0)
                    {
                        response.Headers["Surrogate-Key"] = string.Join(' ', cacheable.Tags.Order(StringComparer.Ordinal));
                    }
                    HotPageCapture.TryKeep(context, cacheable, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), etag);
                }
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        });
}
