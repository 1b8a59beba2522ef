using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Media;
using Byline.Site;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Deleting an image from the library, only after the person has seen and confirmed every use of it: the stories that
/// feature it, the stories that show it in their text (of every status) and the site logo.
/// </summary>
public sealed class MediaDeletion(
    BylineDb db,
    MediaLibrary library,
    MediaUses uses,
    AuditLog audit,
    PublicCache cache,
    SiteIdentity site,
    SiteLogo logo)
{
    /// <summary>
    /// Deletes the image and its files. When stories use it (or it is the logo), the deletion goes ahead only if the
    /// person confirmed exactly those uses: every story in <paramref name="confirmedStoryIds"/>, the logo with
    /// <paramref name="confirmedSiteLogo"/>. Otherwise the answer is <see cref="MediaOutcome.InUse"/> with the uses to show.
    /// Stories that feature it lose their featured image; stories that show it in their text are not rewritten (their
    /// words are the author's), so they show a broken image until edited: the confirmation says so.
    /// </summary>
    public async Task<MediaResult> DeleteAsync(int id, IReadOnlyCollection<int> confirmedStoryIds, bool confirmedSiteLogo, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmedStoryIds);
        ArgumentNullException.ThrowIfNull(actor);
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return MediaResult.NotFound();
        }
        if (!MediaLibrary.CanManage(actor, item))
        {
            return MediaResult.Forbidden();
        }

        var usage = await uses.OfAsync(item, cancellationToken);
        if (await WhyCannotDeleteAsync(usage, actor, cancellationToken) is { } reason)
        {
            return MediaResult.Refused(MediaOutcome.Forbidden, new Dictionary<string, string> { [""] = reason });
        }
        if (usage.Stories.Any(s => !confirmedStoryIds.Contains(s.Id)) || (usage.IsSiteLogo && !confirmedSiteLogo))
        {
            return MediaResult.InUse(item, usage);
        }

        var scopes = await uses.FeaturingScopesAsync(id, cancellationToken);
        var stories = await db.Articles.Where(a => a.FeaturedImageId == id).ToListAsync(cancellationToken);
        if (stories.Any(s => !confirmedStoryIds.Contains(s.Id)))
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
        db.MediaItems.Remove(item);
        var from = stories.Count == 0 ? "" : "; removed from " + Named(stories.Select(s => (s.Id, s.Headline)));
        var inText = usage.ShowingInText.Count == 0 ? "" : "; still in the text of " + Named(usage.ShowingInText.Select(s => (s.Id, s.Headline)));
        audit.Add(actor, AuditActions.MediaDeleted, MediaLibrary.AuditSubject(item.Id),
            $"Deleted “{item.OriginalFileName}” ({item.AltText}){from}{inText}{(settings.Count > 0 ? "; it was the site logo" : "")}");
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
