using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace Byline.Web;

/// <summary>
/// The API's answer to an unknown address, a method an endpoint does not take, and any failure: an RFC 7807 problem
/// document in JSON (<c>application/problem+json</c>) saying what went wrong in words, never an HTML page or a stack
/// trace. Endpoints that refuse a request themselves (a bad parameter, a page past the last) write their own problem.
/// </summary>
public static class ApiErrorProblems
{
    public static void Use(IApplicationBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = AnswerFailureAsync });
        api.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = status => AnswerStatusAsync(status.HttpContext) });
    }

    private static Task AnswerFailureAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is not null && DatabaseOutage.IsOutage(exception))
        {
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Problem(context, StatusCodes.Status503ServiceUnavailable, "Back in a minute",
                "The site's database cannot be reached for a moment. Try again in a minute.");
        }
        return Problem(context, StatusCodes.Status500InternalServerError, "Something went wrong",
            "The request failed on the server. It has been logged; trying again later may work.");
    }

    private static Task AnswerStatusAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        return context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => Problem(context, StatusCodes.Status404NotFound, "Not found",
                $"There is nothing at {path}. The API's addresses are listed in /api/v1/openapi.json."),
            StatusCodes.Status405MethodNotAllowed => Problem(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed",
                $"{context.Request.Method} is not accepted at {path}; this part of the API is read with GET."),
            var status => Problem(context, status, ReasonPhrase(status), $"The request to {path} was refused ({status})."),
        };
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, instance: context.Request.Path.Value)
            .ExecuteAsync(context);
}
