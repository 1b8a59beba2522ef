using Byline.Content;
using Byline.Publishing;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// A story as it stands, read-only: for members who may read it but not edit it, such as a contributor whose story is
/// scheduled or published (the editor's address sends them here instead of answering 403).
/// </summary>
public sealed class ReadModel(BylineDb db, SiteUrls urls) : NewsroomPageModel
{
    public Article Article { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public string? PublicPath { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Section)
            .Include(a => a.Authors.OrderBy(x => x.Position)).ThenInclude(x => x.Person)
            .Include(a => a.Tags)
            .Include(a => a.Corrections.OrderBy(c => c.CreatedAt))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var own = ArticleAccess.IsOwn(Actor, article.CreatedById, article.Authors.Select(a => a.PersonId));
        if (!ArticleAccess.CanRead(Actor, own))
        {
            return Forbid();
        }
        Article = article;
        CanEdit = ArticleAccess.CanEdit(Actor, article.Status, own);
        PublicPath = article.Status == ArticleStatus.Published && article.PublishedAt is { } at ? urls.Article(article.Section.Slug, at, article.Slug) : null;
        return Page();
    }
}
