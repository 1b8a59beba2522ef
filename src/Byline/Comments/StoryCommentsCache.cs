using Byline.Caching;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Comments;

/// <summary>
/// Evicts what shows a story's approved comments: its page, its comment feed, and the lists that show its comment count
/// (front page, section, tags, authors). Call it after a comment is approved, unapproved, added approved or removed.
/// </summary>
public sealed class StoryCommentsCache(BylineDb db, PublicCache cache)
{
    public async Task EvictAsync(IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var ids = articleIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var stories = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.SectionId,
                Tags = a.Tags.Select(t => t.Id).ToList(),
                Authors = a.Authors.Select(x => x.PersonId).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var story in stories)
        {
            await cache.EvictCommentsAsync(new StoryCacheScope(story.Id, [story.SectionId], story.Tags, story.Authors), cancellationToken);
        }
    }
}
