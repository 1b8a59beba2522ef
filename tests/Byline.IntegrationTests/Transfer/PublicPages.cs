using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Byline.Content;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer;

/// <summary>
/// Every public address of a site (the front page, each story, section, tag and author page, the feeds and sitemaps,
/// and whatever they link to), and the comparison of two sites address by address.
/// </summary>
internal static partial class PublicPages
{
    private const int PageLimit = 1000;

    /// <summary>The addresses to visit: the fixed ones and one per story, section, tag and author, then what they link to.</summary>
    public static async Task<IReadOnlyList<string>> CrawlAsync(BylineHost host, IEnumerable<string> extraSeeds)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var urls = host.Services.GetRequiredService<SiteUrls>();
        var seeds = new List<string>(["/", "/feed", "/feed/atom", "/feed/json", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt", "/corrections", "/search?q=tram"]);
        seeds.AddRange(extraSeeds);
        seeds.AddRange(await host.WithDatabaseAsync(async db =>
        {
            var stories = await db.Articles.AsNoTracking().Include(a => a.Section)
                .Where(a => a.Status == ArticleStatus.Published).ToListAsync(cancellationToken);
            var sections = await db.Sections.Select(s => s.Slug).ToListAsync(cancellationToken);
            var tags = await db.Tags.Select(t => t.Slug).ToListAsync(cancellationToken);
            var people = await db.People.Select(p => p.Slug).ToListAsync(cancellationToken);
            return stories.Select(s => urls.Article(s.Section.Slug, s.PublishedAt!.Value, s.Slug))
                .Concat(sections.SelectMany(s => new[] { SiteUrls.Section(s), SiteUrls.Section(s) + "/feed" }))
                .Concat(tags.Select(SiteUrls.Tag))
                .Concat(people.SelectMany(p => new[] { SiteUrls.Author(p), SiteUrls.Author(p) + "/feed" }))
                .ToList();
        }));

        using var reader = host.CreateReader();
        var queue = new Queue<string>(seeds.Distinct(StringComparer.Ordinal));
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var visited = new List<string>();
        while (queue.Count > 0 && visited.Count < PageLimit)
        {
            var path = queue.Dequeue();
            visited.Add(path);
            if (path.StartsWith("/media/", StringComparison.Ordinal))
            {
                continue;
            }
            using var response = await reader.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var links = Link().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();
            if (response.Headers.Location is { } location)
            {
                links.Add(location.OriginalString);
            }
            foreach (var link in links)
            {
                foreach (var candidate in link.Split(", ").Select(part => part.Split(' ')[0]))
                {
                    if (Uri.TryCreate(host.BaseAddress, candidate, out var uri) && uri.Authority == host.BaseAddress.Authority
                        && !uri.AbsolutePath.StartsWith("/newsroom", StringComparison.Ordinal) && seen.Add(uri.PathAndQuery))
                    {
                        queue.Enqueue(uri.PathAndQuery);
                    }
                }
            }
        }
        return visited;
    }

    /// <summary>
    /// Each address answered by both sites: the same status, content type, redirect target and bytes, once each site's own
    /// address is replaced by a placeholder and the comment form's token (signed with each site's own keys) is blanked.
    /// </summary>
    /// <param name="toMicroseconds">
    /// Compare times to the microsecond: SQLite keeps 100-nanosecond ticks, PostgreSQL microseconds, and the JSON feed
    /// prints every digit there is.
    /// </param>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(BylineHost original, BylineHost restored, IReadOnlyList<string> paths, bool toMicroseconds = false)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var left = original.CreateReader();
        using var right = restored.CreateReader();
        var differences = new List<string>();
        foreach (var path in paths)
        {
            using var a = await left.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            using var b = await right.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            var bytesA = await a.Content.ReadAsByteArrayAsync(cancellationToken);
            var bytesB = await b.Content.ReadAsByteArrayAsync(cancellationToken);
            if (a.StatusCode != b.StatusCode)
            {
                differences.Add($"{path}: {(int)a.StatusCode} on the original, {(int)b.StatusCode} on the restored site");
                continue;
            }
            if ($"{a.Content.Headers.ContentType}" != $"{b.Content.Headers.ContentType}")
            {
                differences.Add($"{path}: content type {a.Content.Headers.ContentType} against {b.Content.Headers.ContentType}");
            }
            if (Normalize(a.Headers.Location?.OriginalString, original) != Normalize(b.Headers.Location?.OriginalString, restored))
            {
                differences.Add($"{path}: redirects to {a.Headers.Location} against {b.Headers.Location}");
            }
            if (path.StartsWith("/media/", StringComparison.Ordinal))
            {
                if (!bytesA.AsSpan().SequenceEqual(bytesB))
                {
                    differences.Add($"{path}: the image bytes differ");
                }
                continue;
            }
            var textA = Normalize(Encoding.UTF8.GetString(bytesA), original)!;
            var textB = Normalize(Encoding.UTF8.GetString(bytesB), restored)!;
            if (toMicroseconds)
            {
                textA = ToMicroseconds(textA);
                textB = ToMicroseconds(textB);
            }
            if (textA != textB)
            {
                var at = textA.Zip(textB).TakeWhile(p => p.First == p.Second).Count();
                differences.Add($"{path}: differs at character {at}: “{Around(textA, at)}” against “{Around(textB, at)}”");
            }
        }
        return differences;
    }

    /// <summary>Times cut to the microsecond and written without trailing zeros, as .NET prints them (".93518", not ".935180").</summary>
    private static string ToMicroseconds(string text) =>
        SubMicroseconds().Replace(text, m => m.Groups["micro"].Value.TrimEnd('0').TrimEnd('.'));

    private static string? Normalize(string? text, BylineHost host)
    {
        if (text is null)
        {
            return null;
        }
        var authority = host.BaseAddress.Authority;
        text = text.Replace(authority, "{site}", StringComparison.Ordinal)
            .Replace(Uri.EscapeDataString(authority), "{site}", StringComparison.Ordinal);
        text = FormToken().Replace(text, "${name}{token}");
        // A feed with no stories is dated when it was built (there is no story to date it by): it differs between any
        // two requests, on one site as on two.
        var emptyFeed = (text.Contains("<rss", StringComparison.Ordinal) && !text.Contains("<item>", StringComparison.Ordinal))
            || (text.Contains("<feed", StringComparison.Ordinal) && !text.Contains("<entry>", StringComparison.Ordinal));
        return emptyFeed ? BuildDate().Replace(text, "<${tag}>{built}</${tag}>") : text;
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 60), Math.Min(140, text.Length - Math.Max(0, at - 60)));

    /// <summary>href and src (and srcset) attributes, XML &lt;loc&gt;/&lt;link&gt;/&lt;id&gt; values, and JSON url fields.</summary>
    [GeneratedRegex("""(?:href|src|srcset)="(?<url>[^"#]+)|<(?:loc|link|id|guid)[^>]*>(?<url>[^<]+)<|"(?:url|home_page_url|feed_url|image)":\s*"(?<url>[^"]+)""")]
    private static partial Regex Link();

    [GeneratedRegex("""(?<name>name="form_token" value=")[^"]*(?=")""")]
    private static partial Regex FormToken();

    [GeneratedRegex(@"(?<micro>T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{1,6})[0-9]*")]
    private static partial Regex SubMicroseconds();

    [GeneratedRegex("<(?<tag>lastBuildDate|updated)>[^<]*</(lastBuildDate|updated)>")]
    private static partial Regex BuildDate();
}
