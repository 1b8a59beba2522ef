using System.ServiceModel.Syndication;

namespace Byline.Feeds;

/// <summary>Atom 1.0 (RFC 4287): summary from the standfirst, full story as HTML content.</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(FeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var feed = new SyndicationFeed(document.Title, document.Description, new Uri(document.HomeUrl))
        {
            Id = document.HomeUrl,
            Language = document.Language,
            LastUpdatedTime = document.Updated,
            Generator = "Byline",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(document.SelfUrl), "application/atom+xml"));
        // Atom requires an author on the feed or on every entry; the publication itself stands for the feed.
        feed.Authors.Add(new SyndicationPerson { Name = document.Title, Uri = document.HomeUrl });
        feed.Items = document.Entries.Select(ToEntry).ToList();
        return FeedXml.Write(new Atom10FeedFormatter(feed));
    }

    private static SyndicationItem ToEntry(FeedEntry entry)
    {
        var story = entry.Story;
        var item = new SyndicationItem
        {
            Id = entry.Url,
            Title = new TextSyndicationContent(story.Headline),
            Summary = new TextSyndicationContent(story.Standfirst),
            Content = SyndicationContent.CreateHtmlContent(story.Html),
            PublishDate = story.PublishedAt,
            LastUpdatedTime = story.LastModifiedAt,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(entry.Url), "text/html"));
        foreach (var author in entry.Authors)
        {
            item.Authors.Add(new SyndicationPerson { Name = author.Name, Uri = author.Url });
        }
        item.Categories.Add(new SyndicationCategory(story.SectionName));
        foreach (var tag in story.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag));
        }
        return item;
    }
}
