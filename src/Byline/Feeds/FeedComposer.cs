using Byline.Caching;
using Byline.Content;
using Byline.Site;
using Byline.Web;

namespace Byline.Feeds;

/// <summary>Builds a feed of a scope (site, section, tag, author) in the asked format, and tags the response for eviction.</summary>
public sealed class FeedComposer(FeedReader reader, SiteUrls urls, SiteIdentity identity, IHttpContextAccessor http, TimeProvider clock)
{
    private SiteProfile Site => identity.Current;

    public async Task<IResult> SiteAsync(FeedFormat format, CancellationToken cancellationToken)
    {
        var stories = await reader.NewestAsync(reader.Articles, cancellationToken);
        Tag(CacheTags.Feeds);
        return Render(format, Site.Title, Site.Description, SiteUrls.Home, SiteUrls.SiteFeed(format), stories);
    }

    public async Task<IResult> SectionAsync(string slug, FeedFormat format, CancellationToken cancellationToken)
    {
        var section = Slugs.IsWellFormed(slug) ? await reader.SectionAsync(slug, cancellationToken) : null;
        if (section is null)
        {
            return Results.NotFound();
        }
        var stories = await reader.NewestAsync(reader.Articles.InSection(section.Id), cancellationToken);
        Tag(CacheTags.Feeds, CacheTags.Section(section.Id));
        return Render(format, $"{section.Name} · {Site.Title}", section.Description, SiteUrls.Section(section.Slug),
            SiteUrls.SectionFeed(section.Slug, format), stories);
    }

    public async Task<IResult> TagAsync(string slug, FeedFormat format, CancellationToken cancellationToken)
    {
        var tag = Slugs.IsWellFormed(slug) ? await reader.TagAsync(slug, cancellationToken) : null;
        if (tag is null)
        {
            return Results.NotFound();
        }
        var stories = await reader.NewestAsync(reader.Articles.TaggedWith(tag.Id), cancellationToken);
        // A renamed or deleted tag evicts tag:{id}; a story published, changed or withdrawn evicts its tags and the feeds.
        Tag(CacheTags.Feeds, CacheTags.Tag(tag.Id));
        return Render(format, $"{tag.Name} · {Site.Title}", $"Stories tagged {tag.Name}", SiteUrls.Tag(tag.Slug),
            SiteUrls.TagFeed(tag.Slug, format), stories);
    }

    public async Task<IResult> AuthorAsync(string slug, FeedFormat format, CancellationToken cancellationToken)
    {
        var person = Slugs.IsWellFormed(slug) ? await reader.PersonAsync(slug, cancellationToken) : null;
        if (person is null)
        {
            return Results.NotFound();
        }
        var stories = await reader.NewestAsync(reader.Articles.WrittenBy(person.Id), cancellationToken);
        Tag(CacheTags.Feeds, CacheTags.Person(person.Id));
        return Render(format, $"{person.Name} · {Site.Title}", $"Stories by {person.Name}", SiteUrls.Author(person.Slug),
            SiteUrls.AuthorFeed(person.Slug, format), stories);
    }

    private void Tag(params string[] tags) => CacheTags.Apply(http.HttpContext!, tags);

    private IResult Render(FeedFormat format, string title, string description, string homePath, string selfPath, List<FeedStory> stories)
    {
        var entries = stories.Select(s => new FeedEntry(
            s with { Html = FeedBody.For(s.Html, urls.Absolute) },
            urls.Absolute(urls.Article(s.SectionSlug, s.PublishedAt, s.Slug)),
            s.Authors.Select(a => new FeedAuthorLink(a.Name, urls.Absolute(SiteUrls.Author(a.Slug)))).ToList())).ToList();
        var updated = stories.Count > 0 ? stories.Max(s => s.LastModifiedAt) : clock.GetUtcNow();
        var document = new FeedDocument(
            title, description, Site.Language, urls.Absolute(homePath), urls.Absolute(selfPath), updated, entries);

        return format switch
        {
            FeedFormat.Rss => Results.Bytes(RssFeedWriter.Write(document), RssFeedWriter.ContentType),
            FeedFormat.Atom => Results.Bytes(AtomFeedWriter.Write(document), AtomFeedWriter.ContentType),
            _ => Results.Bytes(JsonFeedWriter.Write(document), JsonFeedWriter.ContentType),
        };
    }
}
