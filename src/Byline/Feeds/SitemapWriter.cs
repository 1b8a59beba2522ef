using System.Globalization;
using System.Xml;
using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Feeds;

/// <summary>
/// The sitemaps (sitemaps.org 0.9): an index, one sitemap of the site's pages, paged sitemaps of the stories,
/// and the Google News sitemap of the last 48 hours.
/// </summary>
public sealed class SitemapWriter(BylineDb db, SiteUrls urls, SiteIdentity identity, TimeProvider clock)
{
    public const string ContentType = "application/xml; charset=utf-8";
    public const int StoriesPerSitemap = 5_000;
    public const int NewsSitemapLimit = 1_000;
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    public async Task<byte[]> IndexAsync(CancellationToken cancellationToken)
    {
        var stories = await db.Articles.Published().CountAsync(cancellationToken);
        var pages = (stories + StoriesPerSitemap - 1) / StoriesPerSitemap;
        return Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNamespace);
            WriteSitemapEntry(writer, SiteUrls.PagesSitemap);
            for (var page = 1; page <= pages; page++)
            {
                WriteSitemapEntry(writer, SiteUrls.ArticleSitemap(page));
            }
            writer.WriteEndElement();
        });
    }

    public async Task<byte[]> PagesAsync(CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Published();
        var newest = await published.MaxAsync(a => (DateTimeOffset?)a.PublishedAt, cancellationToken);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position)
            .Select(s => new { s.Slug, Latest = published.Where(a => a.SectionId == s.Id).Max(a => a.PublishedAt) })
            .ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().Where(t => t.Articles.Any(a => a.Status == ArticleStatus.Published && a.TrashedAt == null))
            .OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => published.Any(a => a.Authors.Any(x => x.PersonId == p.Id)))
            .OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(cancellationToken);
        var staticPages = await db.StaticPages.AsNoTracking().Where(p => p.Published)
            .OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(cancellationToken);

        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            WriteUrl(writer, SiteUrls.Home, newest);
            foreach (var section in sections)
            {
                WriteUrl(writer, SiteUrls.Section(section.Slug), section.Latest);
            }
            foreach (var tag in tags)
            {
                WriteUrl(writer, SiteUrls.Tag(tag), null);
            }
            foreach (var person in people)
            {
                WriteUrl(writer, SiteUrls.Author(person), null);
            }
            foreach (var staticPage in staticPages)
            {
                WriteUrl(writer, SiteUrls.StaticPage(staticPage), null);
            }
            writer.WriteEndElement();
        });
    }

    /// <summary>Stories oldest first, so a page's contents never move once it is full; null when the page does not exist.</summary>
    public async Task<byte[]?> StoriesAsync(int page, CancellationToken cancellationToken)
    {
        if (page < 1 || page > int.MaxValue / StoriesPerSitemap)
        {
            return null;
        }
        var stories = await db.Articles.AsNoTracking().Published()
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
            .Skip((page - 1) * StoriesPerSitemap).Take(StoriesPerSitemap)
            .Select(a => new { a.Section.Slug, Story = a.Slug, a.PublishedAt, a.UpdatedAt })
            .ToListAsync(cancellationToken);
        if (stories.Count == 0 && page > 1)
        {
            return null;
        }
        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var story in stories)
            {
                WriteUrl(writer, urls.Article(story.Slug, story.PublishedAt!.Value, story.Story), story.UpdatedAt ?? story.PublishedAt);
            }
            writer.WriteEndElement();
        });
    }

    public async Task<byte[]> NewsAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - NewsWindow;
        var stories = await db.Articles.AsNoTracking().Published()
            .Where(a => a.PublishedAt >= since)
            .NewestFirst().Take(NewsSitemapLimit)
            .Select(a => new { a.Section.Slug, Story = a.Slug, a.Headline, a.PublishedAt })
            .ToListAsync(cancellationToken);
        var site = identity.Current;
        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "news", null, NewsNamespace);
            foreach (var story in stories)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(urls.Article(story.Slug, story.PublishedAt!.Value, story.Story)));
                writer.WriteStartElement("news", "news", NewsNamespace);
                writer.WriteStartElement("news", "publication", NewsNamespace);
                writer.WriteElementString("news", "name", NewsNamespace, site.Title);
                writer.WriteElementString("news", "language", NewsNamespace, site.Language);
                writer.WriteEndElement();
                writer.WriteElementString("news", "publication_date", NewsNamespace, W3CDate(story.PublishedAt.Value));
                // Google News matches this title against the headline the page shows, which is set with typographic quotes.
                writer.WriteElementString("news", "title", NewsNamespace, Typography.Smart(story.Headline));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    private void WriteSitemapEntry(XmlWriter writer, string path)
    {
        writer.WriteStartElement("sitemap", SitemapNamespace);
        writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(path));
        writer.WriteEndElement();
    }

    private void WriteUrl(XmlWriter writer, string path, DateTimeOffset? lastModified)
    {
        writer.WriteStartElement("url", SitemapNamespace);
        writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(path));
        if (lastModified is { } instant)
        {
            writer.WriteElementString("lastmod", SitemapNamespace, W3CDate(instant));
        }
        writer.WriteEndElement();
    }

    private static string W3CDate(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, FeedXml.Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
