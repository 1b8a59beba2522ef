using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Byline.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeedWriter
{
    public const string ContentType = "application/feed+json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static byte[] Write(FeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var feed = new JsonFeed(
            Version: "https://jsonfeed.org/version/1.1",
            Title: document.Title,
            HomePageUrl: document.HomeUrl,
            FeedUrl: document.SelfUrl,
            Description: document.Description,
            Language: document.Language,
            Items: document.Entries.Select(e => new JsonFeedItem(
                Id: e.Url,
                Url: e.Url,
                Title: e.Story.Headline,
                ContentHtml: e.Story.Html,
                Summary: e.Story.Standfirst,
                DatePublished: e.Story.PublishedAt,
                DateModified: e.Story.LastModifiedAt,
                Authors: e.Authors.Select(a => new JsonFeedAuthor(a.Name, a.Url)).ToList(),
                Tags: [e.Story.SectionName, .. e.Story.Tags])).ToList());
        return JsonSerializer.SerializeToUtf8Bytes(feed, Options);
    }

    private sealed record JsonFeed(
        string Version, string Title, string HomePageUrl, string FeedUrl, string Description, string Language, IReadOnlyList<JsonFeedItem> Items);

    private sealed record JsonFeedItem(
        string Id,
        string Url,
        string Title,
        string ContentHtml,
        string Summary,
        DateTimeOffset DatePublished,
        DateTimeOffset DateModified,
        IReadOnlyList<JsonFeedAuthor> Authors,
        IReadOnlyList<string> Tags);

    private sealed record JsonFeedAuthor(string Name, string Url);
}
