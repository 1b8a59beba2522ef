using Byline.Accounts;
using Byline.Content;
using Byline.Outcomes;
using Byline.Publishing;
using Byline.Storage;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>Every saved version of a story: who saved it and when, any two compared side by side, any one restored.</summary>
public sealed class RevisionsModel(BylineDb db, ArticleEditor editor, AuditLog audit) : NewsroomPageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<Revision> Revisions { get; private set; } = [];
    public Revision? Older { get; private set; }
    public Revision? Newer { get; private set; }
    public IReadOnlyList<(string Field, SideBySideDiffModel Diff)> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? a, int? b, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (Revisions.Count >= 2 || (a is not null && b is not null))
        {
            Older = Revisions.FirstOrDefault(r => r.Number == (a ?? Revisions[1].Number));
            Newer = Revisions.FirstOrDefault(r => r.Number == (b ?? Revisions[0].Number));
            if (Older is null || Newer is null)
            {
                return NotFound();
            }
            if (Older.Number > Newer.Number)
            {
                (Older, Newer) = (Newer, Older);
            }
            Differences =
            [
                ("Headline", TextDiff.Compare(Older.Headline, Newer.Headline)),
                ("Standfirst", TextDiff.Compare(Older.Standfirst, Newer.Standfirst)),
                ("Slug", TextDiff.Compare(Older.Slug, Newer.Slug)),
                ("Story type", TextDiff.Compare(StoryKinds.Label(Older.Kind), StoryKinds.Label(Newer.Kind))),
                ("Tags", TextDiff.Compare(Older.Tags, Newer.Tags)),
                ("Body", TextDiff.Compare(Older.BodyMarkdown, Newer.BodyMarkdown)),
            ];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var revision = Revisions.FirstOrDefault(r => r.Number == number);
        if (revision is null)
        {
            return NotFound();
        }
        var actor = Actor;
        var draft = ArticleDraft.From(revision, Article.Version);
        draft.CommentsOpen = Article.CommentsOpen;
        var result = await editor.SaveAsync(id, draft, actor, RevisionNotes.Restored(number), cancellationToken);
        if (!result.Succeeded)
        {
            Flash(result.Kind == OutcomeKind.Conflict
                ? "The story changed while you were looking: compare again before restoring."
                : "That revision cannot be restored as it is: " + string.Join(" ", result.Errors.Values));
            return Redirect($"/newsroom/stories/{id}/revisions");
        }
        await audit.RecordAsync(actor, AuditActions.RevisionRestored, $"article:{id}", $"Restored revision {number} of “{revision.Headline}”", cancellationToken);
        Flash($"Revision {number} is restored as a new revision.");
        return Redirect($"/newsroom/stories/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Authors).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var actor = Actor;
        if (!ArticleAccess.CanEdit(actor, article.Status, ArticleAccess.IsOwn(actor, article.CreatedById, article.Authors.Select(x => x.PersonId))))
        {
            return Forbid();
        }
        Article = article;
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        return null;
    }
}
