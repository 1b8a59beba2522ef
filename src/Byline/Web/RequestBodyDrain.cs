using Microsoft.AspNetCore.Http.Features;

namespace Byline.Web;

/// <summary>
/// Reads to its end a request body the application will not use. A server that answers while the browser is still
/// sending leaves the browser a reset connection instead of the answer; read first, the browser shows the page.
/// </summary>
public static class RequestBodyDrain
{
    /// <summary>Raises this request's body limit to <paramref name="length"/> and discards the body; false when the client gave up.</summary>
    public static async Task<bool> DrainAsync(HttpContext http, long length)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is not { IsReadOnly: false } limit)
        {
            // Reading has begun already (the limit is fixed once it has): there is nothing left to make room for.
            return true;
        }
        limit.MaxRequestBodySize = length;
        try
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            return true;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            return false;
        }
    }
}
