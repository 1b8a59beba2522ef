using Byline.Accounts;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing.Presence;

/// <summary>
/// Who else has a story open, for the editor's "Also here" line and the desk's "being edited by". A heartbeat reads the
/// story's owners to check the member's right (one small query) and writes only to the <see cref="IPresenceStore"/>,
/// never to the database. Only members who may edit a story are counted on it, and only those who may read it learn
/// who is there.
/// </summary>
public sealed class StoryPresence(BylineDb db, IPresenceStore store, TimeProvider clock)
{
    /// <summary>The member's editor of the story is open: they are on it now, and learn who else is.</summary>
    /// <param name="typing">Whether the member typed since their page's previous heartbeat.</param>
    public async Task<Outcome<IReadOnlyList<PresenceEntry>>> HeartbeatAsync(int storyId, Actor actor, bool typing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await RightsAsync(storyId, actor, cancellationToken) is not { } rights)
        {
            return Outcome.NotFound("There is no such story.").As<IReadOnlyList<PresenceEntry>>();
        }
        if (actor.UserId is not { } user || !rights.MayEdit)
        {
            return Outcome.Forbidden("You may not edit this story.").As<IReadOnlyList<PresenceEntry>>();
        }
        var now = clock.GetUtcNow();
        await store.TouchAsync(storyId, new PresenceEntry(user, actor.Name, actor.Role, now, now, typing), cancellationToken);
        return Outcome.Done(await OthersAsync(storyId, actor, cancellationToken), "Here.");
    }

    /// <summary>Who else is on the story, without counting the member as there.</summary>
    public async Task<Outcome<IReadOnlyList<PresenceEntry>>> OthersOnAsync(int storyId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await RightsAsync(storyId, actor, cancellationToken) is not { } rights)
        {
            return Outcome.NotFound("There is no such story.").As<IReadOnlyList<PresenceEntry>>();
        }
        if (!rights.MayRead)
        {
            return Outcome.Forbidden("You may not open this story.").As<IReadOnlyList<PresenceEntry>>();
        }
        return Outcome.Done(await OthersAsync(storyId, actor, cancellationToken), "Here.");
    }

    /// <summary>The member closed the story's page. Only their own entry goes, so no right is needed beyond being signed in.</summary>
    public async Task LeaveAsync(int storyId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is { } user)
        {
            await store.LeaveAsync(storyId, user, cancellationToken);
        }
    }

    /// <summary>
    /// The names of the others on each of <paramref name="storyIds"/>, stories the caller already knows the member may
    /// see (the desk lists only those); stories nobody else has open are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> EditorsOfAsync(IReadOnlyCollection<int> storyIds, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var present = await store.OnStoriesAsync(storyIds, cancellationToken);
        return present
            .Select(p => (p.Key, Names: (IReadOnlyList<string>)p.Value.Where(e => e.UserId != viewer.UserId).Select(e => e.Name).ToList()))
            .Where(p => p.Names.Count > 0)
            .ToDictionary(p => p.Key, p => p.Names);
    }

    private async Task<IReadOnlyList<PresenceEntry>> OthersAsync(int storyId, Actor actor, CancellationToken cancellationToken)
    {
        var present = await store.OnStoriesAsync([storyId], cancellationToken);
        return present.TryGetValue(storyId, out var here) ? here.Where(e => e.UserId != actor.UserId).ToList() : [];
    }

    private async Task<(bool MayRead, bool MayEdit)?> RightsAsync(int storyId, Actor actor, CancellationToken cancellationToken)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == storyId)
            .Select(a => new { a.Status, a.CreatedById, Authors = a.Authors.Select(x => x.PersonId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return null;
        }
        var own = ArticleAccess.IsOwn(actor, story.CreatedById, story.Authors);
        return (ArticleAccess.CanRead(actor, own), ArticleAccess.CanEdit(actor, story.Status, own));
    }
}
