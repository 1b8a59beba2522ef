using Byline.Accounts;
using Byline.Content;

namespace Byline.Publishing;

/// <summary>Who may do what to a story (the role table of the newsroom): one place, used by every page and endpoint.</summary>
public static class ArticleAccess
{
    /// <summary>A story is a member's own when they created it or stand in its byline.</summary>
    public static bool IsOwn(Actor actor, int? createdById, IEnumerable<int> authorPersonIds)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (actor.UserId is not null && createdById == actor.UserId)
            || (actor.PersonId is { } person && authorPersonIds.Contains(person));
    }

    /// <summary>
    /// Who may open a story in the newsroom at all: editors every story, anyone else their own, in every status (a
    /// contributor reads their published story even though they may no longer edit it).
    /// </summary>
    public static bool CanRead(Actor actor, bool isOwn)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return isOwn || actor.IsAtLeast(NewsroomRole.Editor);
    }

    public static bool CanEdit(Actor actor, ArticleStatus status, bool isOwn)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (status == ArticleStatus.Importing)
        {
            // The running import owns it until it publishes or removes it.
            return false;
        }
        if (actor.IsAtLeast(NewsroomRole.Editor))
        {
            return true;
        }
        if (!isOwn)
        {
            return false;
        }
        // Contributors write drafts; once a story is scheduled or live, only those who may publish it edit it.
        return actor.IsAtLeast(NewsroomRole.Author) || status is ArticleStatus.Draft or ArticleStatus.InReview;
    }

    public static bool CanMove(Actor actor, WorkflowMove move, ArticleStatus from, bool isOwn)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (from == ArticleStatus.Importing)
        {
            return false;
        }
        if (actor.IsAtLeast(NewsroomRole.Editor))
        {
            return true;
        }
        return isOwn && actor.IsAtLeast(EditorialWorkflow.RoleFor(move, from));
    }

    public static bool CanCorrect(Actor actor) => actor?.IsAtLeast(NewsroomRole.Editor) == true;

    /// <summary>
    /// Moving a story to the trash: editors and admins any story (a live one goes offline at once); the others their own
    /// drafts and stories in review, as deleting was before the trash.
    /// </summary>
    public static bool CanTrash(Actor actor, ArticleStatus status, bool isOwn) =>
        status != ArticleStatus.Importing
        && (actor?.IsAtLeast(NewsroomRole.Editor) == true || (isOwn && status is ArticleStatus.Draft or ArticleStatus.InReview));

    /// <summary>Whoever may move a story to the trash may take it out again: editors any story, the others their own drafts.</summary>
    public static bool CanRestore(Actor actor, ArticleStatus status, bool isOwn) => CanTrash(actor, status, isOwn);

    /// <summary>Deleting for good (one story, or emptying the trash) is for admins only, and only from the trash.</summary>
    public static bool CanDeletePermanently(Actor actor) => actor?.IsAtLeast(NewsroomRole.Admin) == true;

    /// <summary>
    /// Reading a story's notes, writing notes and replying: whoever may edit it, and its own people (creator, byline)
    /// even once they may not edit it any more (a contributor's story that went live), since the notes are about their work.
    /// </summary>
    public static bool CanUseNotes(Actor actor, ArticleStatus status, bool isOwn) =>
        isOwn || CanEdit(actor, status, isOwn);

    /// <summary>Resolving or reopening a note: its writer, the story's own people, editors and admins (all of whom may read it).</summary>
    public static bool CanResolveNote(Actor actor, ArticleStatus status, bool isOwn, bool wroteIt) =>
        CanUseNotes(actor, status, isOwn) && (wroteIt || isOwn || actor.IsAtLeast(NewsroomRole.Editor));

    /// <summary>
    /// Sending a story in review back to its author ("needs changes") must say what needs changing; its own people taking
    /// back their own submission need not.
    /// </summary>
    public static bool MoveNeedsNote(WorkflowMove move, ArticleStatus from, bool isOwn) =>
        move == WorkflowMove.ReturnToDraft && from == ArticleStatus.InReview && !isOwn;
}
