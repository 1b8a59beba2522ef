namespace Byline.Web;

public static class ReaderErrorPages
{
    /// <summary>
    /// An unhandled exception or a bare status code is answered by the error page (Pages/Error) for its code. While the
    /// database is away, readers get "back in a minute" (503 with Retry-After), not an error. The API's requests are
    /// answered by <see cref="ApiErrorProblems"/> instead.
    /// </summary>
    public static IApplicationBuilder UseReaderErrorPages(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(ApiPaths.Matches, ApiErrorProblems.Use);
        return app.UseWhen(context => !ApiPaths.Matches(context), reader =>
        {
            reader.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                StatusCodeSelector = exception => DatabaseOutage.IsOutage(exception)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
            });
            reader.UseStatusCodePagesWithReExecute("/error/{0}");
        });
    }
}
