using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.SignIn;

/// <summary>
/// A page a one-time link leads to (an invitation, a password reset), where the person chooses a password. A link that
/// is not open gets a page that explains instead of the form: 404 for a link that never existed, 400 for a spent one.
/// </summary>
public abstract class NewPasswordPageModel : NewsroomPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose a password of at least 12 characters.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least 12 characters long.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    public IReadOnlyList<string> Problems { get; protected set; } = [];

    /// <summary>The page again, the passwords never echoed: the form with <paramref name="openStatus"/> while the link is open.</summary>
    protected PageResult Respond(bool open, bool known, int openStatus = StatusCodes.Status200OK)
    {
        Password = "";
        ConfirmPassword = "";
        var page = Page();
        page.StatusCode = open ? openStatus : known ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
        return page;
    }
}
