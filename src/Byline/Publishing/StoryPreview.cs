using Byline.Accounts;
using Byline.Content;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Builds the story a reader would see from the story form as it stands, saved or not, so the preview renders it with
/// the public page's own partial. The story lives only in memory: nothing here is added to the context or saved.
/// </summary>
public sealed class StoryPreview(BylineDb db, StoryBodyRenderer renderer, TimeProvider clock)
{
    /// <summary>
    /// The form <paramref name="draft"/> of story <paramref name="articleId"/> (null: a story not saved yet) as its page.
    /// Whoever may edit the story may preview it; the dates and status stay the stored story's.
    /// </summary>
    public async Task<Outcome<Article>> FromDraftAsync(int? articleId, ArticleDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        Article? stored = null;
        if (articleId is { } id)
        {
            stored = await db.Articles.AsNoTracking()
                .Include(a => a.Authors)
                .Include(a => a.Corrections.OrderBy(c => c.CreatedAt))
                .AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (stored is null)
            {
                return Outcome.NotFound("That story does not exist.").As<Article>();
            }
            if (!ArticleAccess.CanEdit(actor, stored.Status, ArticleAccess.IsOwn(actor, stored.CreatedById, stored.Authors.Select(a => a.PersonId))))
            {
                return Outcome.Forbidden("Only those who may edit this story may preview it.").As<Article>();
            }
        }

        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == draft.SectionId, cancellationToken);
        if (section is null)
        {
            return Outcome.Invalid(new Dictionary<string, string> { [nameof(ArticleDraft.SectionId)] = "Choose a section to see the preview." }).As<Article>();
        }

        var headline = string.IsNullOrWhiteSpace(draft.Headline) ? "Untitled story" : draft.Headline.Trim();
        // The same call as a save makes (ArticleEditor), so figures and embeds look as they will on the page.
        var body = await renderer.RenderAsync(draft.Body ?? "", cancellationToken);
        var slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(headline) : draft.Slug.Trim();
        var story = StoryFactory.Create(new NewStory(headline, slug, draft.Body ?? "", body,
            stored?.Status ?? ArticleStatus.Draft, stored?.CreatedAt ?? clock.GetUtcNow())
        {
            PublishedAt = stored?.PublishedAt,
            UpdatedAt = stored?.UpdatedAt,
            CreatedById = stored?.CreatedById ?? actor.UserId,
            Version = stored?.Version ?? 0,
        });
        story.Id = stored?.Id ?? 0;
        story.Standfirst = draft.Standfirst?.Trim() ?? "";
        story.SectionId = section.Id;
        story.Section = section;
        story.SeoTitle = string.IsNullOrWhiteSpace(draft.SeoTitle) ? null : draft.SeoTitle.Trim();
        story.SeoDescription = string.IsNullOrWhiteSpace(draft.SeoDescription) ? null : draft.SeoDescription.Trim();
        story.CommentsOpen = draft.CommentsOpen;
        story.Kind = Enum.IsDefined(draft.Kind) ? draft.Kind : StoryKind.News;
        story.Corrections = stored?.Corrections ?? [];
        story.Authors = await AuthorsAsync(draft, actor, cancellationToken);
        story.Tags = await TagsAsync(draft.TagNames, cancellationToken);
        if (draft.FeaturedImageId is { } imageId)
        {
            story.FeaturedImage = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == imageId, cancellationToken);
            story.FeaturedImageId = story.FeaturedImage?.Id;
        }
        return Outcome.Done(story, "Preview");
    }

    /// <summary>As a save would choose them: the form's authors in its order, or the member alone when none is chosen.</summary>
    private async Task<List<ArticleAuthor>> AuthorsAsync(ArticleDraft draft, Actor actor, CancellationToken cancellationToken)
    {
        var ids = (draft.AuthorIds.Count > 0 ? draft.AuthorIds : actor.PersonId is { } me ? [me] : [])
            .Distinct().Take(ArticleDraft.MaxAuthors).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return ids.Where(people.ContainsKey)
            .Select((id, position) => new ArticleAuthor { PersonId = id, Person = people[id], Position = position })
            .ToList();
    }

    /// <summary>Existing tags by slug, as a save finds them; a new name becomes an unsaved tag, as a save would create it.</summary>
    private async Task<List<Tag>> TagsAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Take(ArticleDraft.MaxTags).Select(n => (Name: n, Slug: Slugs.From(n)))
            .Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
        var slugs = wanted.Select(t => t.Slug).ToList();
        var existing = await db.Tags.AsNoTracking().Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        return wanted.Select(t => existing.TryGetValue(t.Slug, out var tag) ? tag : new Tag { Name = t.Name, Slug = t.Slug })
            .OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
