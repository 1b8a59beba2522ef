namespace Byline.Web;

public static class ReaderErrorPages
{
    /// <summary>
    /// An unhandled exception or a bare status code is answered by the error page (Pages/Error) for its code. While the
    /// database is away, readers get "back in a minute" (503 with Retry-After), not an error.
    /// </summary>
    public static IApplicationBuilder UseReaderErrorPages(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = exception => DatabaseOutage.IsOutage(exception)
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
        });
        return app.UseStatusCodePagesWithReExecute("/error/{0}");
    }
}
