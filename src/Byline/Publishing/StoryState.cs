using Byline.Caching;
using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>What a workflow move reads of a story: where it stands, whose it is, and what its public pages show.</summary>
internal sealed record StoryState(
    int Id,
    ArticleStatus Status,
    DateTimeOffset? PublishedAt,
    string Headline,
    int? CreatedById,
    int SectionId,
    IReadOnlyList<int> Authors,
    IReadOnlyList<int> Tags)
{
    public StoryCacheScope CacheScope => new(Id, [SectionId], Tags, Authors);

    public static Task<StoryState?> FindAsync(BylineDb db, int articleId, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Select(a => new StoryState(
                a.Id,
                a.Status,
                a.PublishedAt,
                a.Headline,
                a.CreatedById,
                a.SectionId,
                a.Authors.Select(x => x.PersonId).ToList(),
                a.Tags.Select(t => t.Id).ToList()))
            // One story: its few tags times its few authors in one round trip.
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken);

    public static StoryState Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new StoryState(
            article.Id,
            article.Status,
            article.PublishedAt,
            article.Headline,
            article.CreatedById,
            article.SectionId,
            article.Authors.Select(a => a.PersonId).ToList(),
            article.Tags.Select(t => t.Id).ToList());
    }
}
