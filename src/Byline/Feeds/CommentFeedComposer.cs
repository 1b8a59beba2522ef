using Byline.Caching;
using Byline.Comments;
using Byline.Content;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Feeds;

/// <summary>
/// The Atom feed of one published story's approved comments, newest first. It carries each commenter's name and words
/// and nothing else they gave: no email, no website. Tagged with the story, so whatever changes its comments evicts it.
/// </summary>
public sealed class CommentFeedComposer(BylineDb db, SiteUrls urls, SiteIdentity identity, IHttpContextAccessor http)
{
    public const int CommentsPerFeed = 50;
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public async Task<IResult> StoryAsync(string section, string slug, CancellationToken cancellationToken)
    {
        if (!Slugs.IsWellFormed(section) || !Slugs.IsWellFormed(slug))
        {
            return Results.NotFound();
        }
        var story = await db.Articles.AsNoTracking()
            .Published()
            .Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Headline, a.Slug, SectionSlug = a.Section.Slug, PublishedAt = a.PublishedAt!.Value })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return Results.NotFound();
        }
        var storyPath = urls.Article(story.SectionSlug, story.PublishedAt, story.Slug);
        var feedPath = SiteUrls.CommentFeed(storyPath);
        var context = http.HttpContext!;
        if (!string.Equals(context.Request.Path.Value, feedPath, StringComparison.Ordinal))
        {
            // As the story page does: the story reached under an old section or date moves to its one address.
            return Results.Redirect(feedPath, permanent: true);
        }

        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == story.Id && c.Status == CommentStatus.Approved)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(CommentsPerFeed)
            .Select(c => new { c.Id, c.AuthorName, c.Body, c.CreatedAt, c.EditedAt })
            .ToListAsync(cancellationToken);

        CacheTags.Apply(context, CacheTags.Article(story.Id), CacheTags.Feeds);
        var site = identity.Current;
        var entries = comments.Select(c => new CommentFeedEntry(
                urls.Absolute(SiteUrls.CommentPermalink(storyPath, c.Id)),
                c.AuthorName,
                c.Body,
                c.CreatedAt,
                c.EditedAt ?? c.CreatedAt))
            .ToList();
        // Without comments the feed dates from the story, so that it stays the same until something changes.
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : story.PublishedAt;
        var document = new CommentFeedDocument(
            $"Comments on “{story.Headline}” · {site.Title}",
            site.Title,
            site.Language,
            urls.Absolute(storyPath + "#comments"),
            urls.Absolute(feedPath),
            updated,
            entries);
        return Results.Bytes(CommentFeedWriter.Write(document), ContentType);
    }
}
