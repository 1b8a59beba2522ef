using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Feeds;

/// <summary>Reads the newest published stories of a scope for the feeds.</summary>
public sealed class FeedReader(BylineDb db)
{
    public const int StoriesPerFeed = 20;

    public Task<List<FeedStory>> NewestAsync(IQueryable<Article> scope, CancellationToken cancellationToken) =>
        scope.Published().NewestFirst().Take(StoriesPerFeed)
            .Select(a => new FeedStory(
                a.Id,
                a.Headline,
                a.Standfirst,
                a.BodyHtml,
                a.Section.Name,
                a.Section.Slug,
                a.Slug,
                a.PublishedAt!.Value,
                a.UpdatedAt,
                a.Authors.OrderBy(p => p.Position).Select(p => new FeedAuthor(p.Person.Name, p.Person.Slug)).ToList(),
                a.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    public IQueryable<Article> Articles => db.Articles.AsNoTracking();

    public Task<Section?> SectionAsync(string slug, CancellationToken cancellationToken) =>
        db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    public Task<Tag?> TagAsync(string slug, CancellationToken cancellationToken) =>
        db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    public Task<Person?> PersonAsync(string slug, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
}
