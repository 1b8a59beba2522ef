namespace Byline.Web;

public enum FeedFormat
{
    Rss,
    Atom,
    Json,
}
