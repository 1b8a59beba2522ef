using Byline.Planning;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Plan;

/// <summary>"From the plan: …" on a story started from an assignment (nothing for any other story).</summary>
public sealed class StoryOriginViewComponent(PlanReader plan) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int articleId)
    {
        var origin = await plan.OriginOfAsync(articleId, HttpContext.RequestAborted);
        return origin is null ? Content("") : View("/Areas/Newsroom/Pages/Plan/_StoryOrigin.cshtml", origin);
    }
}
