using Microsoft.AspNetCore.StaticAssets;

namespace Byline.Web;

/// <summary>
/// A fingerprinted asset (<c>/css/site.3kx9q1.css</c>) never changes under its name, so browsers and CDNs may keep it
/// for a year. The build-output manifest says <c>no-cache</c> for every asset (only the publish manifest says
/// immutable), so the year-long header is set here, for the fingerprinted URLs only. The reader fonts are asked for by
/// the plain names site.css gives them, and those names carry their package's version (Client/fonts.mjs), so a name
/// never changes its bytes either: they get the same header.
/// </summary>
public static class FingerprintedAssetCaching
{
    public const string YearLong = "public, max-age=31536000, immutable";
    public const string IconCaching = "public, max-age=86400";

    public static IApplicationBuilder UseFingerprintedAssetCaching(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var asset = context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>();
            var fingerprint = asset?.Properties.FirstOrDefault(p => p.Name == "fingerprint")?.Value;
            if ((fingerprint is not null && asset!.Route.Contains(fingerprint, StringComparison.Ordinal))
                || (asset is not null && asset.Route.StartsWith("fonts/", StringComparison.Ordinal)
                    && asset.Route.EndsWith(".woff2", StringComparison.Ordinal)))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = YearLong;
                    return Task.CompletedTask;
                });
            }
            else if (asset is not null && (asset.Route == "favicon.ico" || asset.Route == "apple-touch-icon.png"))
            {
                // Browsers ask for these at their fixed addresses on every site visit: a day's caching spares the requests.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = IconCaching;
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
