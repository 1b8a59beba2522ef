using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Byline.Comments;
using Byline.IntegrationTests.Comments;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests;

/// <summary>Follows every public link of the sample site, its feeds and sitemaps, like a search engine would.</summary>
public sealed partial class PublicSiteCrawlTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const int PageLimit = 600;
    private readonly HttpClient _reader = host.CreateReader();

    [Fact]
    public async Task No_public_url_answers_5xx_or_reveals_a_commenter_email()
    {
        await LeavePendingCommentAsync();
        var emails = await host.WithDatabaseAsync(db => db.Comments.Select(c => c.AuthorEmail).Distinct().ToListAsync(TestContext.Current.CancellationToken));
        Assert.True(emails.Count >= 10, "the sample site has commenters");

        var visited = await CrawlAsync(["/", "/feed", "/feed/atom", "/feed/json", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt", "/search?q=tram"]);

        Assert.True(visited.Count > 60, $"the crawl reached only {visited.Count} addresses");
        Assert.All(visited, page => Assert.True(page.Status < 500, $"{page.Path} answered {page.Status}"));
        foreach (var page in visited)
        {
            foreach (var email in emails)
            {
                Assert.False(page.Body.Contains(email, StringComparison.OrdinalIgnoreCase), $"{page.Path} contains the commenter email {email}");
                Assert.False(page.Headers.Contains(email, StringComparison.OrdinalIgnoreCase), $"{page.Path} has the email {email} in a header");
            }
        }
        foreach (var email in emails)
        {
            Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(email, StringComparison.OrdinalIgnoreCase));
        }

        // Client addresses are kept only as keyed hashes, for the rate limits: no response shows one, nor the hash of
        // the addresses the crawl came from.
        var secrets = await AddressAndEmailTracesAsync(emails);
        foreach (var page in visited)
        {
            foreach (var (kind, value) in secrets)
            {
                Assert.False(page.Body.Contains(value, StringComparison.OrdinalIgnoreCase), $"{page.Path} contains {kind} {value}");
                Assert.False(page.Headers.Contains(value, StringComparison.OrdinalIgnoreCase), $"{page.Path} has {kind} {value} in a header");
            }
            Assert.False(page.Body.Contains("gravatar", StringComparison.OrdinalIgnoreCase), $"{page.Path} asks Gravatar for an avatar");
        }
    }

    /// <summary>
    /// A warning is a question for the operator; none may come from the application's own code or queries. The one
    /// left is the Data Protection key ring's note that keys sit unencrypted in the data folder, beside the database
    /// they protect: encrypting them is the host's job (an encrypted volume), documented in the README.
    /// </summary>
    [Fact]
    public async Task Neither_the_start_nor_a_crawl_logs_a_warning_of_the_applications_own_making()
    {
        await CrawlAsync(["/", "/feed", "/feed/atom", "/feed/json", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt", "/search?q=tram"]);

        var warnings = host.Logs.Lines
            .Where(line => line.StartsWith("Warning ", StringComparison.Ordinal) || line.StartsWith("Error ", StringComparison.Ordinal) || line.StartsWith("Critical ", StringComparison.Ordinal))
            .Where(line => !line.StartsWith("Warning Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager: No XML encryptor configured", StringComparison.Ordinal))
            .ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    /// <summary>
    /// What could lead from a public page back to a commenter: every stored client-address hash (and the hash of the
    /// loopback addresses the crawl used), every avatar seed, and the plain MD5, SHA-1 and SHA-256 of every email (what
    /// Gravatar-style avatars publish, and anyone can reverse with a list of addresses).
    /// </summary>
    private async Task<List<(string Kind, string Value)>> AddressAndEmailTracesAsync(IReadOnlyList<string> emails)
    {
        var stored = await host.WithDatabaseAsync(async db => (
            Hashes: await db.Comments.Where(c => c.ClientHash != null).Select(c => c.ClientHash!).Distinct().ToListAsync(TestContext.Current.CancellationToken),
            Seeds: await db.Comments.Where(c => c.AvatarSeed != "").Select(c => c.AvatarSeed).Distinct().ToListAsync(TestContext.Current.CancellationToken)));
        var fingerprints = host.Services.GetRequiredService<CommenterFingerprints>();
        var loopback = new List<string>();
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback, IPAddress.Loopback.MapToIPv6() })
        {
            loopback.Add((await fingerprints.ClientHashAsync(address, TestContext.Current.CancellationToken))!);
        }
        Assert.Contains(loopback[0], stored.Hashes);
        Assert.True(stored.Seeds.Count >= 10, "the sample comments have avatar seeds");

        static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
        // Not cryptography: these are the weak plain hashes a leak would show, computed only to look for them.
#pragma warning disable CA5350, CA5351
        var plain = emails.Select(e => Encoding.UTF8.GetBytes(e.Trim().ToLowerInvariant()))
            .SelectMany(bytes => new[] { Hex(MD5.HashData(bytes)), Hex(SHA1.HashData(bytes)), Hex(SHA256.HashData(bytes)) });
#pragma warning restore CA5350, CA5351
        return
        [
            .. stored.Hashes.Concat(loopback).Distinct().Select(h => ("the client address hash", h)),
            .. stored.Seeds.Select(s => ("the avatar seed", s)),
            .. plain.Select(h => ("a plain hash of a commenter email", h)),
        ];
    }

    private async Task LeavePendingCommentAsync()
    {
        var form = await CommentForm.ReadAsync(_reader, await host.PathOfAsync(Stories.Footbridge));
        using var response = await _reader.SendAsync(
            form.Post("Crawl Tester", "crawl.tester@example.net", null, "Checking that my address stays private."),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(1, await host.WithDatabaseAsync(db =>
            db.Comments.CountAsync(c => c.AuthorEmail == "crawl.tester@example.net" && c.Status == CommentStatus.Pending, TestContext.Current.CancellationToken)));
    }

    private async Task<List<CrawledPage>> CrawlAsync(IEnumerable<string> seeds)
    {
        var queue = new Queue<string>(seeds);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var pages = new List<CrawledPage>();
        while (queue.Count > 0 && pages.Count < PageLimit)
        {
            var path = queue.Dequeue();
            using var response = await _reader.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            pages.Add(new CrawledPage(path, (int)response.StatusCode, body, string.Join('\n', response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(',', h.Value)}"))));

            var links = new List<string>();
            if (response.Headers.Location is { } location)
            {
                links.Add(location.OriginalString);
            }
            links.AddRange(Link().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)));
            foreach (var link in links)
            {
                if (ToLocalPath(link) is { } local && seen.Add(local))
                {
                    queue.Enqueue(local);
                }
            }
        }
        return pages;
    }

    private string? ToLocalPath(string link)
    {
        if (!Uri.TryCreate(host.BaseAddress, link, out var uri) || uri.Authority != host.BaseAddress.Authority)
        {
            return null;
        }
        return uri.PathAndQuery;
    }

    /// <summary>href and src attributes, XML &lt;loc&gt; and &lt;link&gt;/&lt;id&gt; values, and JSON url fields.</summary>
    [GeneratedRegex("""(?:href|src)="(?<url>[^"#]+)|<(?:loc|link|id|guid)[^>]*>(?<url>[^<]+)<|"(?:url|home_page_url|feed_url)":\s*"(?<url>[^"]+)""")]
    private static partial Regex Link();

    private sealed record CrawledPage(string Path, int Status, string Body, string Headers);
}
