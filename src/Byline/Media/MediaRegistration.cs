using System.Globalization;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace Byline.Media;

public static class MediaRegistration
{
    /// <summary>The route of <c>/media/{file}</c>: only names of the variant shape reach it (see <see cref="MediaFileNames.Pattern"/>).</summary>
    private const string FileRoute = "/media/{file:regex(^[a-z0-9]{{16,64}}-[1-9][0-9]{{0,4}}\\.(webp|jpg)$)}";

    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<FileSystemMediaStore>();
        // A feature may have put a store of its own around the file system first (the sample site's pictures).
        builder.Services.TryAddSingleton<IMediaStore>(services => services.GetRequiredService<FileSystemMediaStore>());
        builder.Services.AddSingleton<ImageRenditions>();
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.AddScoped<MediaUses>();
        return builder;
    }

    /// <summary>
    /// Serves stored variants. A variant's name never names other bytes (the key is new for every upload), so browsers
    /// and CDNs keep it for a year without asking again.
    /// </summary>
    public static WebApplication MapMedia(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods(FileRoute, [HttpMethods.Get, HttpMethods.Head], ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(string file, BylineDb db, IMediaStore store, HttpContext context, CancellationToken cancellationToken)
    {
        if (!MediaFileNames.TryParse(file, out var key, out var width, out var extension))
        {
            return Results.NotFound();
        }
        // Only variants the library knows: a file whose item was deleted (if removing it failed) is never served.
        var widths = await db.MediaItems.AsNoTracking()
            .Where(m => m.StorageKey == key)
            .Select(m => m.VariantWidths)
            .FirstOrDefaultAsync(cancellationToken);
        if (widths is null || !widths.Split(',').Contains(width.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal))
        {
            return Results.NotFound();
        }
        var content = await store.OpenReadAsync(file, cancellationToken);
        if (content is null)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = FingerprintedAssetCaching.YearLong;
        headers.XContentTypeOptions = "nosniff";
        return Results.Stream(content, MediaFileNames.ContentType(extension),
            entityTag: new EntityTagHeaderValue("\"" + key + "-" + width.ToString(CultureInfo.InvariantCulture) + "-" + extension + "\""),
            enableRangeProcessing: true);
    }
}
