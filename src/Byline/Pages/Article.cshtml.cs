using Byline.Caching;
using Byline.Comments;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Publishing;
using Byline.Site;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

/// <summary>
/// The story page. Its GET is output-cached and shared by all readers, so the comment form uses
/// <see cref="CommentFormTokens"/> instead of the cookie-bound antiforgery token, fetched by each reader for themselves
/// (docs/decisions/0002); a browser that commented here carries its own signed cookie and gets a page of its own (its
/// pending comment, edit and delete).
/// </summary>
[OutputCache(PolicyName = CachePolicies.ArticlePage)]
[EnableRateLimiting(CommentRateLimits.Policy)]
[IgnoreAntiforgeryToken]
[ReaderForm(CommentSubmission.MaxPostBytes)]
public sealed class ArticleModel(
    BylineDb db,
    SiteUrls urls,
    SiteIdentity site,
    CommentFormTokens formTokens,
    CommentIntake intake,
    CommentSectionReader conversation,
    CommenterCookies commenterCookies,
    SiteLogo siteLogo,
    SiteSharingImage sharingImage,
    StoryEndReader storyEnd,
    TimeProvider clock,
    ILogger<ArticleModel> logger) : ReaderPageModel
{
    public const string CommentReceivedValue = "received";

    public Article Article { get; private set; } = null!;
    public string CanonicalPath { get; private set; } = "";
    public CommentSection Comments { get; private set; } = null!;
    public string JsonLd { get; private set; } = "";
    public string FormToken { get; private set; } = "";
    public bool CommentReceived { get; private set; }

    /// <summary>The story's own switch and the site's comment policy together.</summary>
    public bool CommentsOpen { get; private set; }

    /// <summary>"Related stories" at the end of the story, as ranked when it was published (<c>Publishing.RelatedStories</c>).</summary>
    public IReadOnlyList<ArticleSummary> Related { get; private set; } = [];

    /// <summary>"Next in {Section}": the section's next older story, where a reader goes on from here in the section's stream.</summary>
    public ArticleSummary? NextInSection { get; private set; }

    /// <summary>What the reader typed, kept when the form comes back with errors.</summary>
    public CommentSubmission Submission { get; private set; } = new();

    /// <summary>A problem with the form as a whole (not one field), such as an expired form.</summary>
    public string? FormError { get; private set; }

    /// <summary>The own comment being edited (<c>?edit=ID</c>), when its window is still open.</summary>
    public int? Editing { get; private set; }

    [FromQuery(Name = "cpage")]
    public string? CommentPage { get; set; }

    [FromQuery(Name = "corder")]
    public string? CommentOrderQuery { get; set; }

    [FromQuery(Name = "replyto")]
    public int? ReplyTo { get; set; }

    public async Task<IActionResult> OnGetAsync(string section, string slug, [FromQuery(Name = "comment")] string? comment,
        [FromQuery(Name = "edit")] int? edit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(section, slug, ReplyTo, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        CommentReceived = comment == CommentReceivedValue;
        Editing = Comments.Threads.SelectMany(t => t.Replies.Prepend(t.Comment)).FirstOrDefault(c => c.Id == edit && c.EditableUntil is not null)?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string section,
        string slug,
        CommentSubmission submission,
        [FromForm(Name = CommentFormTokens.FieldName)] string? formToken,
        CancellationToken cancellationToken)
    {
        if (await LoadAsync(section, slug, submission?.ParentId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (RefuseUnreadableForm() is { } unreadable)
        {
            return unreadable;
        }
        ArgumentNullException.ThrowIfNull(submission);
        Submission = submission;

        if (!CommentsOpen)
        {
            return Refuse(new("Comments are closed on this story.", StatusCodes.Status403Forbidden));
        }
        var token = formTokens.Check(Request, formToken, Article.Id);
        if (RefuseToken(token.Result) is { } tokenRefusal)
        {
            return tokenRefusal;
        }
        if (!string.IsNullOrEmpty(submission.Homepage))
        {
            // A robot filled the field people cannot see: it is told what it wants to hear, and nothing is stored.
            logger.LogInformation("A comment on article {ArticleId} filled the honeypot and was dropped", Article.Id);
            return SeeOther($"{CanonicalPath}?comment={CommentReceivedValue}#comment-received");
        }
        if (!ModelState.IsValid)
        {
            if (ErrorFor(nameof(CommentSubmission.ParentId)) is not null)
            {
                FormError = "That reply does not point at a comment on this story. Your comment is kept below: post it as a new comment, or choose Reply under a comment.";
            }
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }

        var result = await intake.SubmitAsync(Article.Id, submission, HttpContext.Connection.RemoteIpAddress, token.Id, cancellationToken);
        switch (result.Outcome)
        {
            case IntakeOutcome.Stored or IntakeOutcome.Repeated:
                var stored = result.Comment!;
                if (result.Outcome == IntakeOutcome.Stored)
                {
                    commenterCookies.Issue(HttpContext, stored.Id, Article.Id, CanonicalPath);
                }
                // A repeated press of Post is sent, like the first, to the one comment it stored.
                // 303 See Other: the browser fetches the story again, so a reload never posts the comment twice.
                return SeeOther(await conversation.LandingAsync(CanonicalPath, stored,
                    [.. commenterCookies.CommentIdsFor(Request, Article.Id), stored.Id], $"comment={CommentReceivedValue}", cancellationToken));
            case IntakeOutcome.TooMany:
                FormError = result.Message;
                Response.Headers.RetryAfter = ((int)Math.Ceiling(result.RetryAfter!.Value.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return PageWithStatus(StatusCodes.Status429TooManyRequests);
            case IntakeOutcome.Duplicate:
                FormError = result.Message;
                return PageWithStatus(StatusCodes.Status409Conflict);
            default:
                FormError = result.Message;
                return PageWithStatus(StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The commenter edits their own comment within <see cref="CommenterCookies.EditWindow"/>.</summary>
    public async Task<IActionResult> OnPostEditCommentAsync(string section, string slug, int commentId, string? body,
        [FromForm(Name = CommentFormTokens.FieldName)] string? formToken, CancellationToken cancellationToken)
    {
        if (await LoadOwnCommentAsync(section, slug, commentId, formToken, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var text = CommentText.Normalize(body ?? "");
        if (text.Length is 0 or > Comment.BodyMaxLength)
        {
            Editing = commentId;
            FormError = text.Length == 0 ? "Your comment cannot be empty; delete it instead." : $"Your comment can be at most {Comment.BodyMaxLength:N0} characters long.";
            return PageWithStatus(StatusCodes.Status400BadRequest);
        }
        await intake.EditAsync(commentId, Article.Id, text, cancellationToken);
        return SeeOther($"{CanonicalPath}#comment-{commentId}");
    }

    public async Task<IActionResult> OnPostDeleteCommentAsync(string section, string slug, int commentId,
        [FromForm(Name = CommentFormTokens.FieldName)] string? formToken, CancellationToken cancellationToken)
    {
        if (await LoadOwnCommentAsync(section, slug, commentId, formToken, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        await intake.DeleteAsync(commentId, Article.Id, cancellationToken);
        commenterCookies.Forget(HttpContext, commentId, Article.Id, CanonicalPath);
        return SeeOther($"{CanonicalPath}#comments");
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>A link to another view of the conversation, keeping the reader's order and page choices.</summary>
    public string CommentsLink(int? page = null, CommentOrder? order = null, int? replyTo = null) => Comments.Link(CanonicalPath, page, order, replyTo);

    private PageResult? RefuseToken(CommentTokenCheck check) =>
        CommentFormRefusal.ForToken(check) is { } refusal ? Refuse(refusal) : null;

    private PageResult Refuse(CommentFormRefusal refusal)
    {
        FormError = refusal.Message;
        return PageWithStatus(refusal.StatusCode);
    }

    private async Task<IActionResult?> LoadOwnCommentAsync(string section, string slug, int commentId, string? formToken, CancellationToken cancellationToken)
    {
        if (await LoadAsync(section, slug, null, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (RefuseUnreadableForm() is { } unreadable)
        {
            return unreadable;
        }
        if (RefuseToken(formTokens.Check(Request, formToken, Article.Id, requireMinimumAge: false).Result) is { } tokenRefusal)
        {
            return tokenRefusal;
        }
        var own = Comments.Threads.SelectMany(t => t.Replies.Prepend(t.Comment)).FirstOrDefault(c => c.Id == commentId && c.IsOwn)
            ?? await conversation.OwnCommentAsync(Article.Id, commentId, commenterCookies.CommentIdsFor(Request, Article.Id), cancellationToken);
        if (own is null)
        {
            return Refuse(new("Only the browser that posted a comment can change it.", StatusCodes.Status403Forbidden));
        }
        if (own.EditableUntil is null)
        {
            return Refuse(new($"Comments can be changed for {CommenterCookies.EditWindow.TotalMinutes:0} minutes after posting; that time is over.", StatusCodes.Status403Forbidden));
        }
        return null;
    }

    /// <summary>A post the form reader refused or that was far too large: the form comes back empty, with the reason.</summary>
    private PageResult? RefuseUnreadableForm()
    {
        var problem = ReaderFormAttribute.ProblemOf(HttpContext);
        if (problem is null)
        {
            return null;
        }
        // The fields were never read, so their "missing" errors would mislead.
        ModelState.Clear();
        return Refuse(CommentFormRefusal.ForUnreadable(problem.Value));
    }

    private StatusCodeResult SeeOther(string location)
    {
        Response.Headers.Location = location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private PageResult PageWithStatus(int statusCode)
    {
        var result = Page();
        result.StatusCode = statusCode;
        return result;
    }

    /// <summary>A story in the trash that was live (or withdrawn) when it went there; a draft's address stays a plain 404.</summary>
    private Task<bool> WasLiveBeforeTheTrashAsync(string slug, CancellationToken cancellationToken) =>
        db.AllArticles.AnyAsync(
            a => a.Slug == slug && a.TrashedAt != null && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Unpublished),
            cancellationToken);

    private async Task<IActionResult?> LoadAsync(string section, string slug, int? replyTo, CancellationToken cancellationToken)
    {
        if (!Slugs.IsWellFormed(slug) || !Slugs.IsWellFormed(section))
        {
            return ReaderError(StatusCodes.Status404NotFound, "That address does not lead to a story.");
        }

        var article = await db.Articles.AsNoTracking().WithStoryPageParts().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null && await WasLiveBeforeTheTrashAsync(slug, cancellationToken))
        {
            // 410, as for a withdrawn story: the newsroom removed a page readers and search engines knew, on purpose.
            return ReaderError(StatusCodes.Status410Gone, "This story has been removed by the newsroom and is no longer available.");
        }
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
        SecurityHeaders.AllowFrames(Response.Headers, EmbedRules.OtherFrameOriginsIn(article.BodyHtml));
        CommentsOpen = CommentWindow.IsOpen(article, site.Current, clock.GetUtcNow());
        var order = string.Equals(CommentOrderQuery, "newest", StringComparison.OrdinalIgnoreCase) ? CommentOrder.Newest : CommentOrder.Oldest;
        var page = int.TryParse(CommentPage, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 1;
        Comments = await conversation.ReadAsync(article.Id, page, order, commenterCookies.CommentIdsFor(Request, article.Id), replyTo, cancellationToken);
        (NextInSection, Related) = await storyEnd.ReadAsync(article, cancellationToken);
        // A page the cache may hand to other readers carries no token: each reader fetches one of their own (docs/decisions/0002).
        FormToken = HttpContext.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage == true ? "" : formTokens.Issue(article.Id);

        var profile = site.Current;
        var image = SocialImage.From(article.FeaturedImage ?? await sharingImage.FindAsync(profile.SharingImageId, cancellationToken), urls);
        var logo = await siteLogo.FindAsync(profile.LogoId, cancellationToken) is { } masthead
            ? new SocialImage(urls.Absolute(masthead.LargestSrc), masthead.LargestWidth, masthead.LargestHeight, profile.Title)
            : null;
        JsonLd = NewsArticleJsonLd.Build(article, urls, urls.Absolute(CanonicalPath), profile.Title, profile.Language, Comments.ApprovedCount, image, logo);
        var jsonLd = JsonLd;
        Meta = new PageMeta
        {
            Title = article.SeoTitle ?? article.Headline,
            Description = article.SeoDescription ?? article.Standfirst,
            CanonicalPath = CanonicalPath,
            OpenGraphType = "article",
            SocialTitle = article.Headline,
            SocialDescription = article.Standfirst,
            Image = image,
            JsonLd = _ => jsonLd,
        };
        CacheTags.Apply(HttpContext,
            [CacheTags.Article(article.Id), CacheTags.Section(article.SectionId),
             .. article.Authors.Select(a => CacheTags.Person(a.PersonId)), .. article.Tags.Select(t => CacheTags.Tag(t.Id))]);
        return null;
    }
}
