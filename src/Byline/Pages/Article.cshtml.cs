using Byline.Caching;
using Byline.Comments;
using Byline.Content;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

/// <summary>
/// The story page. Its GET is output-cached and shared by all readers, so the comment form uses
/// <see cref="CommentFormTokens"/> instead of the cookie-bound antiforgery token (docs/decisions/0002).
/// </summary>
[OutputCache(PolicyName = CachePolicies.ArticlePage)]
[IgnoreAntiforgeryToken]
public sealed class ArticleModel(
    BylineDb db,
    SiteUrls urls,
    SiteIdentity site,
    CommentFormTokens formTokens,
    CommentIntake intake,
    TimeProvider clock) : ReaderPageModel
{
    public const string CommentReceivedValue = "received";

    public Article Article { get; private set; } = null!;
    public string CanonicalPath { get; private set; } = "";
    public IReadOnlyList<CommentThread> Threads { get; private set; } = [];
    public int CommentCount { get; private set; }
    public string JsonLd { get; private set; } = "";
    public string FormToken { get; private set; } = "";
    public bool CommentReceived { get; private set; }

    /// <summary>The story's own switch and the site's comment policy together.</summary>
    public bool CommentsOpen { get; private set; }

    /// <summary>What the reader typed, kept when the form comes back with errors.</summary>
    public CommentSubmission Submission { get; private set; } = new();

    /// <summary>A problem with the form as a whole (not one field), such as an expired form.</summary>
    public string? FormError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string section, string slug, [FromQuery(Name = "comment")] string? comment, CancellationToken cancellationToken)
    {
        if (await LoadAsync(section, slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        CommentReceived = comment == CommentReceivedValue;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string section,
        string slug,
        CommentSubmission submission,
        [FromForm(Name = CommentFormTokens.FieldName)] string? formToken,
        CancellationToken cancellationToken)
    {
        if (await LoadAsync(section, slug, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Submission = submission;

        if (!CommentsOpen)
        {
            FormError = "Comments are closed on this story.";
            return PageWithStatus(StatusCodes.Status403Forbidden);
        }
        var tokenCheck = formTokens.Check(Request, formToken, Article.Id);
        if (tokenCheck != CommentTokenCheck.Valid)
        {
            FormError = tokenCheck switch
            {
                CommentTokenCheck.CrossSite => "Comments can only be posted from this site's own pages.",
                CommentTokenCheck.Expired => "This form has expired. Your comment is kept below: please post it again.",
                _ => "This form could not be verified. Your comment is kept below: please post it again.",
            };
            return PageWithStatus(tokenCheck == CommentTokenCheck.CrossSite ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
        }
        if (!ModelState.IsValid)
        {
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }

        await intake.SubmitAsync(Article.Id, submission, cancellationToken);
        // 303 See Other: the browser fetches the story again, so a reload never posts the comment twice.
        Response.Headers.Location = $"{CanonicalPath}?comment={CommentReceivedValue}#comment-received";
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private PageResult PageWithStatus(int statusCode)
    {
        var result = Page();
        result.StatusCode = statusCode;
        return result;
    }

    private async Task<IActionResult?> LoadAsync(string section, string slug, CancellationToken cancellationToken)
    {
        if (!Slugs.IsWellFormed(slug) || !Slugs.IsWellFormed(section))
        {
            return ReaderError(StatusCodes.Status404NotFound, "That address does not lead to a story.");
        }

        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Section)
            .Include(a => a.Authors.OrderBy(x => x.Position)).ThenInclude(a => a.Person)
            .Include(a => a.Tags.OrderBy(t => t.Name))
            .Include(a => a.FeaturedImage)
            .Include(a => a.Corrections.OrderBy(c => c.CreatedAt))
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null || article.PublishedAt is null)
        {
            // An old address of a story is answered with a 301 by OldPathRedirects on the way out.
            return ReaderError(StatusCodes.Status404NotFound, "We could not find that story. It may never have existed, or its address was mistyped.");
        }
        if (article.Status == ArticleStatus.Unpublished)
        {
            return ReaderError(StatusCodes.Status410Gone, "This story has been withdrawn by the newsroom and is no longer available.");
        }
        if (article.Status != ArticleStatus.Published)
        {
            return ReaderError(StatusCodes.Status404NotFound, "We could not find that story. It may never have existed, or its address was mistyped.");
        }

        CanonicalPath = urls.Article(article.Section.Slug, article.PublishedAt.Value, article.Slug);
        if (!string.Equals(Request.Path.Value, CanonicalPath, StringComparison.Ordinal))
        {
            // The slug is unique: a story reached under an old section or date moves permanently to its one address.
            return RedirectPermanent(CanonicalPath);
        }

        Article = article;
        CommentsOpen = CommentWindow.IsOpen(article, site.Current, clock.GetUtcNow());
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == article.Id && c.Status == CommentStatus.Approved)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CommentView(c.Id, c.ParentId, c.AuthorName, c.AuthorWebsite, c.Body, c.CreatedAt, c.StaffUserId != null))
            .ToListAsync(cancellationToken);
        Threads = CommentThread.Build(comments);
        CommentCount = comments.Count;
        FormToken = formTokens.Issue(article.Id);

        var siteOptions = site.Current;
        JsonLd = NewsArticleJsonLd.Build(article, urls, urls.Absolute(CanonicalPath), siteOptions.Title, siteOptions.Language, CommentCount);
        Meta = new PageMeta
        {
            Title = article.SeoTitle ?? article.Headline,
            Description = article.SeoDescription ?? article.Standfirst,
            CanonicalPath = CanonicalPath,
        };
        CacheTags.Apply(HttpContext,
            [CacheTags.Article(article.Id), CacheTags.Section(article.SectionId),
             .. article.Authors.Select(a => CacheTags.Person(a.PersonId)), .. article.Tags.Select(t => CacheTags.Tag(t.Id))]);
        return null;
    }
}
