using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Byline.Areas.Newsroom;
using Byline.Caching;
using Byline.Caching.HotPages;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Byline.Web;

public static class ReaderSiteRegistration
{
    public const string DefaultAddress = "http://localhost:5080";

    /// <summary>The media types sent compressed: compressed per response by the middleware, or once per hot page.</summary>
    public static readonly IReadOnlyList<string> CompressedTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "application/feed+json", "image/svg+xml"];

    public static WebApplicationBuilder AddReaderSite(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultAddress);
        }

        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Byline:Site:TimeZone must be an IANA time zone such as Europe/Berlin.")
            .Validate(o => o.HasValidPublicUrl, "Byline:Site:PublicUrl must be empty or an absolute http(s) address such as https://news.example.org.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SiteIdentity>();
        builder.Services.AddSingleton<SiteTime>();
        builder.Services.AddSingleton<SiteUrls>();
        // Readers' names and stories are not all ASCII; encode only what HTML needs, not every é as &#xE9;.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.AddTrustedProxies();
        builder.Services.AddRazorPages(Byline.Areas.Newsroom.NewsroomRegistration.Configure)
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(
                o.ModelBinderProviders.TakeWhile(p => p is not SimpleTypeModelBinderProvider).Count(), new CheckboxBinderProvider()));
        // ASP.NET's antiforgery cookie is never Secure by default; over https (or behind a trusted https proxy) it is.
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseReaderSite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseTrustedProxies();
        // Before everything else that answers: a hot page needs no routing, no sign-in and no rendering.
        app.UseHotPages();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            // While the database is away, readers get "back in a minute" (503 with Retry-After), not an error.
            StatusCodeSelector = exception => DatabaseOutage.IsOutage(exception)
                ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseOldPathRedirects();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseNewsroomNoStore();
        app.UseRouting();
        app.UseFingerprintedAssetCaching();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseConditionalRequests();
        // Byline:Cache:Enabled=false renders every page from the database: for benchmarks and debugging, never production.
        if (app.Configuration.GetValue("Byline:Cache:Enabled", defaultValue: true))
        {
            app.UseOutputCache();
            app.UseCdnHeaders();
        }
        return app;
    }
}
