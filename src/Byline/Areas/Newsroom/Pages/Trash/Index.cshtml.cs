using Byline.Accounts;
using Byline.Media;
using Byline.Publishing;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Trash;

/// <summary>
/// The trash: stories and images moved there, who moved them and when, and how long they have left. Editors and admins
/// see everything; authors and contributors see their own stories (and authors their own images), which they may
/// restore. Only admins delete for good, each on a confirmation page of its own.
/// </summary>
public sealed class IndexModel(BylineDb db, StoryTrash trash, MediaDeletion media, TimeProvider clock) : NewsroomPageModel
{
    /// <summary>At most this many of each kind are listed, the most recently trashed first.</summary>
    public const int Shown = 200;

    public IReadOnlyList<TrashedItem> Stories { get; private set; } = [];
    public IReadOnlyList<TrashedItem> Images { get; private set; } = [];
    public bool SeesEveryone { get; private set; }
    public bool CanDeletePermanently { get; private set; }

    public int DaysLeft(DateTimeOffset trashedAt) =>
        Math.Max(0, (int)Math.Ceiling((trashedAt + StoryTrash.KeptFor - clock.GetUtcNow()).TotalDays));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreStoryAsync(int id, CancellationToken cancellationToken) =>
        await RespondAsync(await trash.RestoreAsync(id, Actor, cancellationToken), () => RedirectToPage(), () => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostRestoreImageAsync(int id, CancellationToken cancellationToken) =>
        await RespondAsync(await media.RestoreAsync(id, Actor, cancellationToken), () => RedirectToPage(), () => LoadAsync(cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        SeesEveryone = actor.IsAtLeast(NewsroomRole.Editor);
        CanDeletePermanently = ArticleAccess.CanDeletePermanently(actor);
        var stories = db.AllArticles.AsNoTracking().Where(a => a.TrashedAt != null);
        if (!SeesEveryone)
        {
            stories = stories.Where(a => (actor.UserId != null && a.CreatedById == actor.UserId)
                || (actor.PersonId != null && a.Authors.Any(x => x.PersonId == actor.PersonId)));
        }
        var storyRows = await stories
            .OrderByDescending(a => a.TrashedAt).ThenByDescending(a => a.Id)
            .Take(Shown)
            .Select(a => new
            {
                a.Id,
                a.Headline,
                Section = a.Section.Name,
                a.Status,
                TrashedAt = a.TrashedAt!.Value,
                TrashedBy = db.Users.Where(u => u.Id == a.TrashedById).Select(u => u.DisplayName).FirstOrDefault(),
                a.CreatedById,
                People = a.Authors.Select(x => x.PersonId).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Stories = storyRows.Select(s => new TrashedItem(s.Id, s.Headline, s.Section, s.Status, s.TrashedAt, s.TrashedBy,
            ArticleAccess.CanRestore(actor, s.Status, ArticleAccess.IsOwn(actor, s.CreatedById, s.People)))).ToList();

        if (!actor.IsAtLeast(NewsroomRole.Author))
        {
            Images = [];
            return;
        }
        var images = db.MediaItems.AsNoTracking().Where(m => m.TrashedAt != null);
        if (!SeesEveryone)
        {
            images = images.Where(m => m.UploadedById == actor.UserId);
        }
        var imageRows = await images
            .OrderByDescending(m => m.TrashedAt).ThenByDescending(m => m.Id)
            .Take(Shown)
            .Select(m => new
            {
                Item = m,
                TrashedBy = db.Users.Where(u => u.Id == m.TrashedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        Images = imageRows.Select(r => new TrashedItem(r.Item.Id, r.Item.OriginalFileName, r.Item.AltText, null, r.Item.TrashedAt!.Value, r.TrashedBy,
            MediaLibrary.CanManage(actor, r.Item))).ToList();
    }
}
