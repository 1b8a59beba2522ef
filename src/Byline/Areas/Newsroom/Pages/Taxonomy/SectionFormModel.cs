using Byline.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.Taxonomy;

/// <summary>The fields of the section form, shared by the new-section and edit-section pages.</summary>
public abstract class SectionFormModel : NewsroomPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public int? Position { get; set; }

    /// <summary>How many sections the order field can place this one among.</summary>
    public int Places { get; protected set; }

    public SectionInput Input => new(Name, Slug, Description, Position);

    /// <summary>The form again, with the reasons next to their fields and a 400.</summary>
    protected PageResult Refused(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        return PageAgain(StatusCodes.Status400BadRequest);
    }

    protected override PageResult PageAgain(int statusCode)
    {
        if (ModelState.TryGetValue(nameof(Position), out var position) && position.Errors.Count > 0
            && position.Errors[0].ErrorMessage.StartsWith("The value", StringComparison.Ordinal))
        {
            position.Errors.Clear();
            position.Errors.Add("The position is a whole number from 1 (first in the navigation).");
        }
        return base.PageAgain(statusCode);
    }
}
