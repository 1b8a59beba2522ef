using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Media;
using Byline.Outcomes;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// An image to the trash and back, and deleting it for good (from the trash only, by an admin or the purge), only after
/// the person has seen and confirmed every use of it: the stories that feature it, the stories that show it in their
/// text (of every status) and the site logo.
/// </summary>
public sealed class MediaDeletion(
    BylineDb db,
    MediaLibrary library,
    MediaUses uses,
    AuditLog audit,
    PublicCache cache,
    SiteIdentity site,
    SiteLogo logo,
    TimeProvider clock)
{
    /// <summary>
    /// Moves the image to the trash: the library, the picker and their search no longer show it, but its files stay and
    /// are still served, and the stories that feature it keep it, until it is deleted for good. The same people may do it
    /// as could delete it before the trash (<see cref="WhyCannotDeleteAsync"/>), after seeing its uses.
    /// </summary>
    public async Task<Outcome> TrashAsync(int id, bool confirmed, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.TrashedAt == null, cancellationToken);
        if (item is null)
        {
            return Outcome.NotFound("There is no such image, or it is in the trash already.");
        }
        if (!MediaLibrary.CanManage(actor, item))
        {
            return Outcome.Forbidden("Editors and the person who uploaded an image move it to the trash.");
        }
        if (await WhyCannotDeleteAsync(await uses.OfAsync(item, cancellationToken), actor, cancellationToken) is { } reason)
        {
            return Outcome.Forbidden(reason);
        }
        if (!confirmed)
        {
            return Outcome.Invalid("Confirm that the image goes to the trash: nothing was moved.");
        }
        var now = clock.GetUtcNow();
        var moved = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.MediaItems.Where(m => m.Id == id && m.TrashedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.TrashedAt, now).SetProperty(m => m.TrashedById, actor.UserId), cancellationToken);
            if (rows == 0)
            {
                return false;
            }
            audit.Add(actor, AuditActions.MediaTrashed, MediaLibrary.AuditSubject(id), $"Moved “{item.OriginalFileName}” ({item.AltText}) to the trash");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return moved
            ? Outcome.Done($"“{item.OriginalFileName}” is in the trash. Stories that feature it keep it until it is deleted for good, in {StoryTrash.KeptFor.Days} days.")
            : Outcome.NotFound("The image went to the trash a moment ago.");
    }

    /// <summary>Brings the image back to the library: for editors, and for the author who uploaded it.</summary>
    public async Task<Outcome> RestoreAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.TrashedAt != null, cancellationToken);
        if (item is null)
        {
            return Outcome.NotFound("There is no such image in the trash.");
        }
        if (!MediaLibrary.CanManage(actor, item))
        {
            return Outcome.Forbidden("Only an editor can restore this image.");
        }
        var restored = await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.MediaItems.Where(m => m.Id == id && m.TrashedAt != null)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.TrashedAt, (DateTimeOffset?)null).SetProperty(m => m.TrashedById, (int?)null), cancellationToken);
            if (rows == 0)
            {
                return false;
            }
            audit.Add(actor, AuditActions.MediaRestored, MediaLibrary.AuditSubject(id), $"Restored “{item.OriginalFileName}” from the trash");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return restored
            ? Outcome.Done($"“{item.OriginalFileName}” is back in the media library.")
            : Outcome.NotFound("The image left the trash a moment ago.");
    }

    /// <summary>
    /// Deletes an image in the trash and its files, for good: admins only. When stories use it (or it is the logo), the
    /// deletion goes ahead only if the person confirmed exactly those uses: every story in
    /// <paramref name="confirmedStoryIds"/>, the logo with <paramref name="confirmedSiteLogo"/>. Otherwise the answer is
    /// <see cref="MediaOutcome.InUse"/> with the uses to show. Stories that feature it lose their featured image; stories
    /// that show it in their text are not rewritten (their words are the author's), so they show a broken image until
    /// edited: the confirmation says so.
    /// </summary>
    public Task<MediaResult> DeleteAsync(int id, IReadOnlyCollection<int> confirmedStoryIds, bool confirmedSiteLogo, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ArticleAccess.CanDeletePermanently(actor)
            ? DeleteTrashedAsync(id, confirmedStoryIds, confirmedSiteLogo, actor, DateTimeOffset.MaxValue, "", cancellationToken)
            : Task.FromResult(MediaResult.Refused(MediaOutcome.Forbidden, new Dictionary<string, string> { [""] = "Only an admin deletes an image for good." }));
    }

    /// <summary>
    /// Deletes every image trashed at or before <paramref name="trashedBy"/>, whatever uses it now (the trash said for
    /// how long it waits); the number deleted.
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset trashedBy, Actor actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var items = await db.MediaItems.AsNoTracking().Where(m => m.TrashedAt != null && m.TrashedAt <= trashedBy).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var item in items)
        {
            var usage = await uses.OfAsync(item, cancellationToken);
            var result = await DeleteTrashedAsync(item.Id, [.. usage.Stories.Select(s => s.Id)], usage.IsSiteLogo, actor, trashedBy, " " + reason, cancellationToken);
            if (result.Outcome == MediaOutcome.Deleted)
            {
                deleted++;
            }
        }
        return deleted;
    }

    private async Task<MediaResult> DeleteTrashedAsync(
        int id, IReadOnlyCollection<int> confirmedStoryIds, bool confirmedSiteLogo, Actor actor, DateTimeOffset trashedBy, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmedStoryIds);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return MediaResult.NotFound();
        }
        if (item.TrashedAt is not { } trashedAt || trashedAt > trashedBy)
        {
            db.ChangeTracker.Clear();
            return MediaResult.Refused(MediaOutcome.Forbidden, new Dictionary<string, string> { [""] = "Move the image to the trash first: it is deleted for good only from the trash." });
        }
        if (!MediaLibrary.CanManage(actor, item))
        {
            return MediaResult.Forbidden();
        }

        var usage = await uses.OfAsync(item, cancellationToken);
        if (await WhyCannotDeleteAsync(usage, actor, cancellationToken) is { } why)
        {
            return MediaResult.Refused(MediaOutcome.Forbidden, new Dictionary<string, string> { [""] = why });
        }
        if (usage.Stories.Any(s => !confirmedStoryIds.Contains(s.Id)) || (usage.IsSiteLogo && !confirmedSiteLogo))
        {
            return MediaResult.InUse(item, usage);
        }

        var scopes = await uses.FeaturingScopesAsync(id, cancellationToken);
        // Stories in the trash lose it too: they may come back, and their image will not.
        var stories = await db.AllArticles.Where(a => a.FeaturedImageId == id).ToListAsync(cancellationToken);
        if (stories.Any(s => s.TrashedAt is null && !confirmedStoryIds.Contains(s.Id)))
        {
            // A story chose the image as its featured image after the uses were read: it was never shown to the person.
            db.ChangeTracker.Clear();
            return MediaResult.InUse(item, await uses.OfAsync(item, cancellationToken));
        }
        foreach (var story in stories)
        {
            story.FeaturedImageId = null;
        }
        var settings = usage.IsSiteLogo ? await db.SiteSettings.Where(s => s.LogoId == id).ToListAsync(cancellationToken) : [];
        foreach (var row in settings)
        {
            row.LogoId = null;
            row.Version++;
        }
        // The default sharing image falls back to none: pages without a picture then share none.
        foreach (var row in await db.SiteSettings.Where(s => s.SharingImageId == id).ToListAsync(cancellationToken))
        {
            row.SharingImageId = null;
            row.Version++;
        }
        db.MediaItems.Remove(item);
        var from = stories.Count == 0 ? "" : "; removed from " + Named(stories.Select(s => (s.Id, s.Headline)));
        var inText = usage.ShowingInText.Count == 0 ? "" : "; still in the text of " + Named(usage.ShowingInText.Select(s => (s.Id, s.Headline)));
        audit.Add(actor, AuditActions.MediaDeleted, MediaLibrary.AuditSubject(item.Id),
            $"Deleted “{item.OriginalFileName}” ({item.AltText}){reason}{from}{inText}{(settings.Count > 0 ? "; it was the site logo" : "")}");
        try
        {
            // One SaveChanges: the stories lose the image, the item goes and the audit entry is written together.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return MediaResult.Conflict(item, "A story using this image was saved at the same moment, so nothing was deleted. Check the list of stories and try again.");
        }

        foreach (var scope in scopes)
        {
            await cache.EvictStoryAsync(scope, cancellationToken);
        }
        if (settings.Count > 0)
        {
            logo.Forget(id);
            await site.ReloadAsync(cancellationToken);
            await cache.EvictEverythingAsync(cancellationToken);
        }
        await library.RemoveFilesAsync(MediaFileNames.All(item));
        return MediaResult.Deleted(item, usage);
    }

    /// <summary>
    /// Deleting an image changes or breaks what uses it, so it needs the rights to change each use: a story the person may not
    /// edit, or the site logo (site settings are an admin's), keeps the image out of their reach. Null when allowed.
    /// </summary>
    public async Task<string?> WhyCannotDeleteAsync(MediaUsage usage, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(actor);
        if (usage.IsSiteLogo && !actor.IsAtLeast(NewsroomRole.Admin))
        {
            return "This image is the site logo, and only an admin changes the site settings. Ask an admin to choose another logo first.";
        }
        if (usage.Stories.Count == 0 || actor.IsAtLeast(NewsroomRole.Editor))
        {
            return null;
        }
        var ids = usage.Stories.Select(s => s.Id).ToList();
        var stories = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Headline, a.Status, a.CreatedById, People = a.Authors.Select(x => x.PersonId).ToList() })
            .ToListAsync(cancellationToken);
        var others = stories.Where(s => !ArticleAccess.CanEdit(actor, s.Status, ArticleAccess.IsOwn(actor, s.CreatedById, s.People))).ToList();
        return others.Count == 0
            ? null
            : $"Stories you cannot edit use this image ({string.Join(", ", others.Select(s => $"“{s.Headline}”"))}), so only an editor can delete it.";
    }

    private static string Named(IEnumerable<(int Id, string Headline)> stories) =>
        string.Join(", ", stories.Select(s => string.Create(CultureInfo.InvariantCulture, $"“{s.Headline}” (#{s.Id})")));
}
