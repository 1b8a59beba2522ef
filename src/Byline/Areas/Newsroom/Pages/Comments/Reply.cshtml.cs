using Byline.Comments;
using Byline.Outcomes;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Comments;

/// <summary>An editor answers an approved comment as the newsroom; the reply is published under it at once, marked Staff.</summary>
public sealed class ReplyModel(CommentModeration moderation) : NewsroomPageModel
{
    public ModerationItem Comment { get; private set; } = null!;

    [BindProperty]
    public string? Body { get; set; }

    public string? BodyError { get; private set; }

    /// <summary>Why the comment cannot be answered as it stands (it is not approved).</summary>
    public string? Problem { get; private set; }

    public bool CanReply => Comment.Status == CommentStatus.Approved;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await moderation.FindAsync(id, cancellationToken) is not { } comment)
        {
            return Missing(id);
        }
        Comment = comment;
        if (!CanReply)
        {
            Problem = $"This comment is {ModerationRules.Describe(comment.Status)}. Only approved comments can be answered: approve it first.";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await moderation.ReplyAsync(id, Body, Actor, cancellationToken);
        if (result.Kind == OutcomeKind.NotFound)
        {
            return Missing(id);
        }
        if (result.Succeeded)
        {
            Flash(result.Message);
            Response.Headers.Location = IndexModel.PathOf(CommentStatus.Approved, 1);
            return StatusCode(StatusCodes.Status303SeeOther);
        }

        if (await moderation.FindAsync(id, cancellationToken) is not { } comment)
        {
            return Missing(id);
        }
        Comment = comment;
        if (result.Kind == OutcomeKind.Invalid)
        {
            BodyError = result.Message;
        }
        else
        {
            Problem = result.Message;
        }
        var page = Page();
        page.StatusCode = IndexModel.StatusCodeOf(result.Kind);
        return page;
    }

    private NotFoundResult Missing(int id)
    {
        ReaderErrorMessage.Set(HttpContext, $"There is no comment #{id}. It may have been removed.");
        return NotFound();
    }
}
