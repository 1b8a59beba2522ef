using Byline.Content;
using Byline.Publishing;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// The confirmation before a story goes to the trash: a page of its own (no script needed) that names the story and says
/// what happens; only its form's <c>confirm</c> field moves the story.
/// </summary>
public sealed class TrashModel(BylineDb db, StoryTrash trash, SiteUrls urls, TimeProvider clock) : NewsroomPageModel
{
    public Article Story { get; private set; } = null!;

    /// <summary>The story's public address, while it is live.</summary>
    public string? PublicPath { get; private set; }

    /// <summary>When the story would be deleted for good if nobody restores it.</summary>
    public DateTimeOffset PurgedAt => clock.GetUtcNow() + StoryTrash.KeptFor;

    public int Comments { get; private set; }
    public int Revisions { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, bool confirm, CancellationToken cancellationToken)
    {
        // The only field is "confirm": a value the binder cannot read counts as no confirmation.
        ModelState.Clear();
        var result = await trash.TrashAsync(id, confirm, Actor, cancellationToken);
        return await RespondAsync(result, () => Redirect("/newsroom/stories"), async () => await LoadAsync(id, cancellationToken));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Include(a => a.Section).Include(a => a.Authors)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (story is null)
        {
            return NotFound();
        }
        if (!ArticleAccess.CanTrash(Actor, story.Status, ArticleAccess.IsOwn(Actor, story.CreatedById, story.Authors.Select(a => a.PersonId))))
        {
            return Forbid();
        }
        Story = story;
        PublicPath = story.Status == ArticleStatus.Published && story.PublishedAt is { } at ? urls.Article(story.Section.Slug, at, story.Slug) : null;
        Comments = await db.Comments.CountAsync(c => c.ArticleId == id, cancellationToken);
        Revisions = await db.Revisions.CountAsync(r => r.ArticleId == id, cancellationToken);
        return null;
    }
}
