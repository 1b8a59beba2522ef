using Byline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Byline.Content;

/// <summary>The reads that several pages, feeds and sitemaps share.</summary>
public static class ArticleQueries
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    public static IQueryable<Article> InSection(this IQueryable<Article> articles, int sectionId) =>
        articles.Where(a => a.SectionId == sectionId);

    public static IQueryable<Article> TaggedWith(this IQueryable<Article> articles, int tagId) =>
        articles.Where(a => a.Tags.Any(t => t.Id == tagId));

    public static IQueryable<Article> WrittenBy(this IQueryable<Article> articles, int personId) =>
        articles.Where(a => a.Authors.Any(p => p.PersonId == personId));

    /// <summary>A story with everything its page shows: section, byline in order (with photos), tags, featured image and corrections.</summary>
    public static IQueryable<Article> WithStoryPageParts(this IQueryable<Article> articles) =>
        articles
            .Include(a => a.Section)
            .Include(a => a.Authors.OrderBy(x => x.Position)).ThenInclude(a => a.Person).ThenInclude(p => p.Photo)
            .Include(a => a.Tags.OrderBy(t => t.Name))
            .Include(a => a.FeaturedImage)
            .Include(a => a.Corrections.OrderBy(c => c.CreatedAt))
            .AsSplitQuery();

    /// <summary>
    /// The stories a list shows, headline and standfirst set for reading (<see cref="Typography"/>, applied as each row
    /// is read, not in SQL) like the story page's.
    /// </summary>
    public static IQueryable<ArticleSummary> ToSummaries(this IQueryable<Article> articles) =>
        articles.Select(a => new ArticleSummary(
            a.Id,
            Typography.Smart(a.Headline)!,
            a.Slug,
            Typography.Smart(a.Standfirst)!,
            a.Section.Name,
            a.Section.Slug,
            a.PublishedAt!.Value,
            a.ReadingMinutes,
            a.Authors.OrderBy(p => p.Position).Select(p => p.Person.Name).ToList(),
            // A correlated count in the same query, served by the (ArticleId, Status, CreatedAt) index.
            a.Comments.Count(c => c.Status == CommentStatus.Approved),
            // A LEFT JOIN in the same command: the card's thumbnail costs no query of its own.
            a.FeaturedImage)
        {
            Kind = a.Kind,
        })
        // The authors in a second command: in one, SQLite materialises every story's authors and scans them for each
        // row of the page (a cost that grows with the archive); split, they are read by the ArticleId index.
        .AsSplitQuery();
}
