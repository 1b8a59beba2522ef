using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Byline.Feeds;

/// <summary>RSS 2.0 with the full story in <c>content:encoded</c> and the byline in <c>dc:creator</c>.</summary>
public static class RssFeedWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";

    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static byte[] Write(FeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var feed = new SyndicationFeed(document.Title, document.Description, new Uri(document.HomeUrl))
        {
            Language = document.Language,
            LastUpdatedTime = document.Updated,
            Generator = "Byline",
        };
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", XNamespace.Xmlns.NamespaceName), Dc.NamespaceName);
        feed.AttributeExtensions.Add(new XmlQualifiedName("content", XNamespace.Xmlns.NamespaceName), Content.NamespaceName);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(document.SelfUrl), "application/rss+xml"));
        feed.Items = document.Entries.Select(ToItem).ToList();
        return FeedXml.Write(new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true));
    }

    private static SyndicationItem ToItem(FeedEntry entry)
    {
        var story = entry.Story;
        var item = new SyndicationItem
        {
            Id = entry.Url,
            Title = new TextSyndicationContent(story.Headline),
            Summary = new TextSyndicationContent(story.Standfirst),
            PublishDate = story.PublishedAt,
            LastUpdatedTime = story.LastModifiedAt,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(entry.Url)));
        item.Categories.Add(new SyndicationCategory(story.SectionName));
        foreach (var tag in story.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag));
        }
        foreach (var author in entry.Authors)
        {
            item.ElementExtensions.Add(new XElement(Dc + "creator", author.Name));
        }
        item.ElementExtensions.Add(new XElement(Content + "encoded", new XCData(story.Html)));
        return item;
    }
}
