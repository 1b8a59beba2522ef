using Byline.Content;
using Byline.Site;

namespace Byline.Comments;

/// <summary>Whether a story takes comments now: its own switch, and the site's policy (open, closed, closed after N days).</summary>
public static class CommentWindow
{
    public static bool IsOpen(Article article, SiteProfile site, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(site);
        if (!article.CommentsOpen || article.Status != ArticleStatus.Published)
        {
            return false;
        }
        return site.CommentPolicy switch
        {
            CommentPolicy.Closed => false,
            CommentPolicy.ClosedAfterDays => article.PublishedAt is { } published && now < published.AddDays(site.CommentDays),
            _ => true,
        };
    }
}
