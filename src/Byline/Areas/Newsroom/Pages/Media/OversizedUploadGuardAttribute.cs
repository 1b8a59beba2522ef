using Byline.Media;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>
/// Answers an upload larger than the request limit with the upload page and a message, instead of the bare 400 that
/// antiforgery gives when it cannot read the form, or the connection reset a browser shows when the server stops
/// reading mid-upload. It runs before the antiforgery and size-limit filters; the policy check has already run
/// (authorization middleware), so only members allowed to upload reach it. The body is read and discarded up to
/// <see cref="DrainLimit"/> so the browser gets to see the answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OversizedUploadGuardAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const long DrainLimit = 256L * 1024 * 1024;
    public const string RefusedQuery = "refused";
    public const string TooLarge = "too-large";

    /// <summary>Before <see cref="RequestSizeLimitAttribute"/> (900) and the antiforgery check (1000).</summary>
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.ContentLength is not { } length || length <= MediaLibrary.MaxUploadRequestBytes)
        {
            return;
        }

        if (length <= DrainLimit && !await RequestBodyDrain.DrainAsync(http, length))
        {
            // The browser gave up; there is nobody left to answer.
            context.Result = new EmptyResult();
            return;
        }
        context.Result = new RedirectResult($"{http.Request.PathBase}{http.Request.Path}?{RefusedQuery}={TooLarge}");
    }
}
