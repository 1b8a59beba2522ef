namespace Byline.Caching;

public static class PageCaching
{
    /// <summary>
    /// The output cache and the CDN headers of public pages. <c>Byline:Cache:Enabled=false</c> renders every page from the
    /// database: for benchmarks and debugging, never production.
    /// </summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue("Byline:Cache:Enabled", defaultValue: true))
        {
            app.UseOutputCache();
            app.UseCdnHeaders();
        }
        return app;
    }
}
