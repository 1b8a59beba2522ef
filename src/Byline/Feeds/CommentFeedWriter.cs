using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Byline.Feeds;

/// <summary>A story's comments as Atom 1.0 (RFC 4287): each comment's plain text as text content, under its author's name.</summary>
public static class CommentFeedWriter
{
    public static byte[] Write(CommentFeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var feed = new SyndicationFeed(Clean(document.Title), null, new Uri(document.StoryUrl))
        {
            Id = document.SelfUrl,
            Language = document.Language,
            LastUpdatedTime = document.Updated,
            Generator = "Byline",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(document.SelfUrl), "application/atom+xml"));
        // Every entry has its commenter as author; the publication stands for the feed as a whole.
        feed.Authors.Add(new SyndicationPerson { Name = Clean(document.SiteTitle) });
        feed.Items = document.Entries.Select(ToEntry).ToList();
        return FeedXml.Write(new Atom10FeedFormatter(feed));
    }

    private static SyndicationItem ToEntry(CommentFeedEntry entry)
    {
        var name = Clean(entry.AuthorName);
        var item = new SyndicationItem
        {
            Id = entry.Url,
            Title = new TextSyndicationContent($"Comment by {name}"),
            Content = new TextSyndicationContent(Clean(entry.Body)),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(entry.Url), "text/html"));
        // The name only: a SyndicationPerson's email would be written as <email>, and a commenter's never leaves the newsroom.
        item.Authors.Add(new SyndicationPerson { Name = name });
        return item;
    }

    /// <summary>
    /// Readers may type characters XML cannot carry (control characters, a lone half of a surrogate pair); the XML writer
    /// would refuse the whole feed for one of them, so they are dropped.
    /// </summary>
    private static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsXmlAt(text, i, out var width))
            {
                firstBad = i;
                break;
            }
            i += width - 1;
        }
        if (firstBad < 0)
        {
            return text;
        }
        var clean = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsXmlAt(text, i, out var width))
            {
                clean.Append(text, i, width);
                i += width - 1;
            }
        }
        return clean.ToString();
    }

    private static bool IsXmlAt(string text, int index, out int width)
    {
        width = 1;
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[index + 1], c))
            {
                width = 2;
                return true;
            }
            return false;
        }
        return XmlConvert.IsXmlChar(c);
    }
}
