using Byline.Content;
using Byline.Pages.Shared;
using Byline.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Pages;

/// <summary>
/// A share-preview link (<see cref="PreviewLinks"/>): the story's latest saved version for someone without an account,
/// rendered as its page will be. Never cached anywhere: it carries no output-cache policy (so neither the output cache
/// nor the hot pages keep it), and its answers, errors included, say <c>private, no-store</c> and <c>noindex</c>.
/// </summary>
public sealed class SharedPreviewModel(PreviewLinks links) : ReaderPageModel
{
    public Article Story { get; private set; } = null!;
    public DateTimeOffset Expires { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        // Set as the response starts, so the status-code page that explains a 404 or 410 carries them too.
        Response.OnStarting(() =>
        {
            Response.Headers.CacheControl = "private, no-store";
            Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            return Task.CompletedTask;
        });
        var (state, story, expires) = await links.OpenAsync(token, cancellationToken);
        switch (state)
        {
            case PreviewLinkState.Active:
                Story = story!;
                Expires = expires!.Value;
                Meta = new PageMeta { Title = $"Preview: {Story.Headline}", Description = Story.SeoDescription ?? Story.Standfirst, NoIndex = true };
                return Page();
            case PreviewLinkState.Expired or PreviewLinkState.Revoked:
                return ReaderError(StatusCodes.Status410Gone,
                    "This preview link has expired or was withdrawn. Ask the newsroom for a new one.");
            default:
                return ReaderError(StatusCodes.Status404NotFound,
                    "This preview link does not exist. Check that it was copied whole, or ask the newsroom for a new one.");
        }
    }
}
