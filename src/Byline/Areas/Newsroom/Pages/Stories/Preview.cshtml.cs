using Byline.Accounts;
using Byline.Content;
using Byline.Outcomes;
using Byline.Pages.Shared;
using Byline.Publishing;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// The story form, saved or not, rendered as its public page: the reader layout and the article page's own partial.
/// The story form's Preview button posts here into a new tab (without JavaScript) or into the editor's preview pane,
/// which is why, alone in the newsroom, these responses may be framed by the newsroom itself (SecurityHeaders).
/// It derives from the reader pages' model because the reader layout reads its head (title, noindex) from there.
/// </summary>
public sealed class PreviewModel(StoryPreview preview) : ReaderPageModel
{
    [BindProperty]
    public ArticleDraft Draft { get; set; } = new();

    public Article? Story { get; private set; }

    /// <summary>Why there is nothing to show yet (the form lacks what a page needs), in words.</summary>
    public string? Problem { get; private set; }

    /// <summary>A preview exists only for a form's fields: opened by its address, it leads back to the story.</summary>
    public IActionResult OnGet(int? id) => Redirect(id is { } story ? $"/newsroom/stories/{story}" : "/newsroom/stories/new");

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        // Search engines never see it, but a preview forwarded out of the newsroom must not be indexed either.
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var result = await preview.FromDraftAsync(id, Draft, Actor.From(User), cancellationToken);
        switch (result.Kind)
        {
            case OutcomeKind.Done:
                Story = result.Value!;
                // As on the article page: the facades load their frames when the member asks, from these hosts only.
                SecurityHeaders.AllowFrames(Response.Headers, EmbedRules.OtherFrameOriginsIn(Story.BodyHtml));
                Meta = new PageMeta { Title = $"Preview: {Story.Headline}", Description = Story.SeoDescription ?? Story.Standfirst, NoIndex = true };
                return Page();
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid();
            default:
                Problem = string.Join(" ", result.Errors.Values.DefaultIfEmpty(result.Message));
                Meta = new PageMeta { Title = "Preview", NoIndex = true };
                var page = Page();
                page.StatusCode = StatusCodes.Status400BadRequest;
                return page;
        }
    }
}
