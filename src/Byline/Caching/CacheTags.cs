using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Byline.Caching;

/// <summary>
/// The output-cache tags of public responses. A change evicts exactly the tags it affects: a story's own page,
/// the lists it appears in (front page, its section, its tags, its authors) and the feeds and sitemaps.
/// </summary>
public static class CacheTags
{
    public const string Front = "front";
    public const string Feeds = "feeds";
    public const string Sitemaps = "sitemaps";

    /// <summary>Pages whose layout shows the section navigation.</summary>
    public const string Navigation = "navigation";

    public static string Article(int id) => Format("article", id);

    public static string Section(int id) => Format("section", id);

    public static string Tag(int id) => Format("tag", id);

    public static string Person(int id) => Format("person", id);

    /// <summary>A static page written in the newsroom (About, the ethics policy, ...).</summary>
    public static string StaticPage(int id) => Format("page", id);

    /// <summary>Tags the response being produced, so that evicting any of these tags drops it from the cache.</summary>
    public static void Apply(HttpContext context, params IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cacheContext = context.Features.Get<IOutputCacheFeature>()?.Context;
        if (cacheContext is null)
        {
            return;
        }
        foreach (var tag in tags)
        {
            cacheContext.Tags.Add(tag);
        }
    }

    private static string Format(string kind, int id) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{id}");
}
