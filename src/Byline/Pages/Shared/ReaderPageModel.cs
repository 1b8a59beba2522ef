using Byline.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Pages.Shared;

/// <summary>The base of every public page: it carries the head metadata the layout renders.</summary>
public abstract class ReaderPageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = new();

    /// <summary>
    /// Answers with an error status; the status-code page then explains <paramref name="message"/> to the reader
    /// and offers the latest stories and a search box.
    /// </summary>
    protected IActionResult ReaderError(int statusCode, string message)
    {
        ReaderErrorMessage.Set(HttpContext, message);
        return StatusCode(statusCode);
    }
}
