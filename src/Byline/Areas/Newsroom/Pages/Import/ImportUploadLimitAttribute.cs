using Byline.Transfer.WordPress;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Byline.Areas.Newsroom.Pages.Import;

/// <summary>
/// Sets the request size limit of the import upload from <see cref="WordPressUploadOptions"/> (an attribute's limit
/// would be a constant), and answers a larger upload with the page and a message instead of a reset connection. It runs
/// after the admin policy (authorization middleware) and before antiforgery reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string RefusedQuery = "refused";
    public const string TooLarge = "too-large";

    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }
        var limit = http.RequestServices.GetRequiredService<IOptions<WordPressUploadOptions>>().Value.MaxUploadBytes;
        if (http.Request.ContentLength is { } length && length > limit)
        {
            context.Result = new RedirectResult($"{http.Request.PathBase}{http.Request.Path}?{RefusedQuery}={TooLarge}");
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
    }
}
