using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>What a story page shows after the story: the next older story in its section, and its related stories.</summary>
public sealed record StoryEnd(ArticleSummary? NextInSection, IReadOnlyList<ArticleSummary> Related);

/// <summary>
/// Reads a story's end in one query (two commands with its authors): the stored related list (see
/// <see cref="RelatedStories"/>), joined to the stories that are still published and out of the trash (a story taken
/// down leaves every list at once, whatever is stored), and the section's next older story as a subquery. The next story
/// is shown once, under "Next in", even when it is related too. Both share the story's section or a tag, so the tags
/// that evict the story's page (its section and tags) evict it when any of them changes.
/// </summary>
public sealed class StoryEndReader(BylineDb db)
{
    public async Task<StoryEnd> ReadAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var id = article.Id;
        var sectionId = article.SectionId;
        var at = article.PublishedAt!.Value;
        var lists = db.RelatedStories.Where(r => r.ArticleId == id);
        var nextId = db.Articles.Published()
            .Where(n => n.SectionId == sectionId && n.Id != id && (n.PublishedAt < at || (n.PublishedAt == at && n.Id < id)))
            .NewestFirst()
            .Select(n => n.Id);
        var stories = await db.Articles.AsNoTracking().Published()
            .Where(a => a.Id != id && (lists.Any(r => r.RelatedArticleId == a.Id) || a.Id == nextId.FirstOrDefault()))
            .OrderBy(a => lists.Where(r => r.RelatedArticleId == a.Id).Select(r => (int?)r.Position).FirstOrDefault() ?? RelatedStory.PerStory)
            .ToSummaries()
            .ToListAsync(cancellationToken);

        // The next story is the newest of those in the section older than this one: any other such story read here is
        // a related one, and no newer than the next by its definition.
        var next = stories
            .Where(s => s.SectionSlug == article.Section.Slug && (s.PublishedAt < at || (s.PublishedAt == at && s.Id < id)))
            .OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .FirstOrDefault();
        return new StoryEnd(next, stories.Where(s => s.Id != next?.Id).Take(RelatedStory.PerStory).ToList());
    }
}
