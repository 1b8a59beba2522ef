using Byline.Content;
using Byline.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Byline.Areas.Newsroom.Pages.Pages;

/// <summary>The fields of a static page's form, shared by the new and the edit page.</summary>
public abstract class PageFormModel : NewsroomPageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public StaticPageKind Kind { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    /// <summary>A checkbox: absent from the form when unticked, so it binds as false.</summary>
    [BindProperty]
    public bool Published { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public static IReadOnlyList<SelectListItem> Kinds { get; } = Enum.GetValues<StaticPageKind>()
        .Select(k => new SelectListItem(StaticPageEditor.Describe(k), k.ToString()))
        .ToList();

    protected StaticPageInput Input => new(Title, Slug, Kind, Description, Body, Published, Version);

    protected void Fill(StaticPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Title = page.Title;
        Slug = page.Slug;
        Kind = page.Kind;
        Description = page.Description;
        Body = page.BodyMarkdown;
        Published = page.Published;
        Version = page.Version;
    }

    /// <summary>
    /// The reasons to refuse <see cref="Input"/> before any service sees it: a kind the binder could not read (not one
    /// of the list) is put in words rather than shown as the binder's message. Null when the form was read.
    /// </summary>
    protected Dictionary<string, string>? BindingErrors()
    {
        if (ModelState.TryGetValue(nameof(Kind), out var kind) && kind.Errors.Count > 0)
        {
            ModelState.Remove(nameof(Kind));
            return new Dictionary<string, string> { [nameof(Kind)] = "Choose what the page is from the list, or Other." };
        }
        return null;
    }
}
