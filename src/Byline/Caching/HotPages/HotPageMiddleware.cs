using System.Globalization;
using Byline.Web;
using Microsoft.Net.Http.Headers;

namespace Byline.Caching.HotPages;

/// <summary>
/// The fast path: the first thing a request meets. A plain read (<see cref="HotPageRequest.IsPlainRead"/>) of a hot
/// page is answered at once with the stored bytes, precompressed when the reader accepts it, or with 304 when its
/// <c>If-None-Match</c> names the page; every other request goes on to the full pipeline.
/// </summary>
public static class HotPageMiddleware
{
    public static IApplicationBuilder UseHotPages(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var store = app.ApplicationServices.GetRequiredService<HotPageStore>();
        if (!store.Enabled)
        {
            return app;
        }
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HotPageRequest.IsPlainRead(request) || store.Find(HotPageRequest.Key(request)) is not { } page)
            {
                return next(context);
            }
            return ServeAsync(context, page, store.Clock.GetUtcNow());
        });
    }

    private static Task ServeAsync(HttpContext context, HotPage page, DateTimeOffset now)
    {
        var (body, coding) = page.BodyFor(AcceptedCodings.Parse(context.Request.Headers.AcceptEncoding));
        var response = context.Response;
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }
        SecurityHeaders.Apply(headers, newsroom: false, context.Request.IsHttps);
        // As the output cache does: how long ago the copy was made.
        headers.Age = ((long)Math.Max(0, (now - page.StoredAt).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var etag = page.ETagFor(coding);
        headers.ETag = etag;
        if (page.Brotli is not null || page.Gzip is not null)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }
        if (coding is not null)
        {
            headers.ContentEncoding = coding;
        }

        if (ConditionalRequests.Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ContentType = default;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.BodyWriter.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
