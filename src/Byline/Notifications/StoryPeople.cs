using Byline.Accounts;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Notifications;

/// <summary>
/// Whom a story's news is for. Its people are the member who created it and the members who stand in its byline (through
/// their author profile); its reviewers are the editors and admins, who read what is submitted. Disabled members are
/// never anyone's people: they cannot sign in to read a notification.
/// </summary>
public static class StoryPeople
{
    /// <summary>The active members who created the story or stand in its byline, as the database holds it now (so in the caller's transaction).</summary>
    public static Task<List<int>> OfStoryAsync(BylineDb db, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled
                && (db.Articles.Any(a => a.Id == articleId && a.CreatedById == u.Id)
                    || (u.PersonId != null && db.ArticleAuthors.Any(x => x.ArticleId == articleId && x.PersonId == u.PersonId))))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every active editor and admin: they review what is submitted.</summary>
    public static Task<List<int>> ReviewersAsync(BylineDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Roles are stored by name, so the two are listed rather than compared as numbers.
        return db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && (u.Role == NewsroomRole.Editor || u.Role == NewsroomRole.Admin))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
    }
}
