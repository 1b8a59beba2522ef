using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
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
        // Readers' names and stories are not all ASCII; encode only what HTML needs, not every é as &#xE9;.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.AddTrustedProxies();
        builder.Services.AddRazorPages()
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
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }
}
