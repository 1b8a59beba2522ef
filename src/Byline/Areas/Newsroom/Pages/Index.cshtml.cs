using Byline.Accounts;
using Byline.Comments;
using Byline.Content;
using Byline.Publishing.Presence;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages;

/// <summary>The desk: what needs the member's attention now.</summary>
public sealed class IndexModel(BylineDb db, StoryPresence presence) : NewsroomPageModel
{
    public IReadOnlyList<DeskStory> MyDrafts { get; private set; } = [];
    public IReadOnlyList<DeskStory> InReview { get; private set; } = [];
    public IReadOnlyList<DeskStory> Scheduled { get; private set; } = [];
    public IReadOnlyList<DeskStory> RecentlyPublished { get; private set; } = [];

    /// <summary>The stories the member may see that someone else has open in the editor right now.</summary>
    public IReadOnlyList<DeskStory> EditingNow { get; private set; } = [];
    public int PendingComments { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var seesAll = Actor.IsAtLeast(NewsroomRole.Editor);
        var mine = db.Articles.AsNoTracking().Where(a =>
            a.CreatedById == Actor.UserId || a.Authors.Any(x => x.PersonId == Actor.PersonId));
        var visible = seesAll ? db.Articles.AsNoTracking() : mine;

        MyDrafts = await Read(mine.Where(a => a.Status == ArticleStatus.Draft).OrderByDescending(a => a.Id), cancellationToken);
        InReview = await Read(visible.Where(a => a.Status == ArticleStatus.InReview).OrderBy(a => a.Id), cancellationToken);
        Scheduled = await Read(visible.Where(a => a.Status == ArticleStatus.Scheduled).OrderBy(a => a.PublishedAt), cancellationToken);
        RecentlyPublished = await Read(visible.Where(a => a.Status == ArticleStatus.Published).OrderByDescending(a => a.PublishedAt), cancellationToken);
        await MarkEditedAsync(visible, cancellationToken);
        if (seesAll)
        {
            PendingComments = await db.Comments.CountAsync(c => c.Status == CommentStatus.Pending, cancellationToken);
        }
    }

    /// <summary>
    /// Fills each listed story's "being edited by" from presence, and the "Being edited now" list: presence is asked about
    /// the latest stories the member may see (ids only, one indexed read), since a store keyed by story cannot be listed.
    /// </summary>
    private async Task MarkEditedAsync(IQueryable<Article> visible, CancellationToken cancellationToken)
    {
        var latest = await visible.Where(a => a.Status != ArticleStatus.Importing)
            .OrderByDescending(a => a.Id).Select(a => a.Id).Take(EditingNowCandidates).ToListAsync(cancellationToken);
        var listed = MyDrafts.Concat(InReview).Concat(Scheduled).Concat(RecentlyPublished).Select(s => s.Id);
        var editing = await presence.EditorsOfAsync([.. latest.Union(listed)], Actor, cancellationToken);
        var open = editing.Keys.ToList();
        EditingNow = [.. (await Read(visible.Where(a => open.Contains(a.Id)).OrderByDescending(a => a.Id), cancellationToken))
            .Select(s => s with { EditedBy = editing[s.Id] })];
        IReadOnlyList<DeskStory> Mark(IReadOnlyList<DeskStory> stories) =>
            [.. stories.Select(s => editing.TryGetValue(s.Id, out var names) ? s with { EditedBy = names } : s)];
        MyDrafts = Mark(MyDrafts);
        InReview = Mark(InReview);
        Scheduled = Mark(Scheduled);
        RecentlyPublished = Mark(RecentlyPublished);
    }

    private const int EditingNowCandidates = 200;

    private static Task<List<DeskStory>> Read(IQueryable<Article> stories, CancellationToken cancellationToken) =>
        stories.Take(8)
            .Select(a => new DeskStory(a.Id, a.Headline, a.Section.Name, a.Status, a.PublishedAt,
                a.Authors.OrderBy(x => x.Position).Select(x => x.Person.Name).ToList()))
            .ToListAsync(cancellationToken);
}
