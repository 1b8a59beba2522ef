using System.ComponentModel.DataAnnotations;
using Byline.Accounts;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.SignIn;

/// <summary>Creates the first admin with the one-time link printed at start; answers 404 once anyone exists.</summary>
public sealed class SetupModel(FirstAdminSetup setup, BylineDb db, NewsroomMembers members, SignInManager<StaffUser> signIn) : NewsroomPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your name as it should appear in bylines.")]
    [StringLength(StaffUser.DisplayNameMaxLength)]
    public string Name { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address, for example name@example.org.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a password of at least 12 characters.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least 12 characters long.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await IsOpenAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await members.CreateAsync(Email, Name, NewsroomRole.Admin, Password, Actor.System("First-admin setup"), cancellationToken);
        if (!result.Succeeded)
        {
            Problems = result.Errors;
            return Page();
        }
        await signIn.SignInAsync(result.User!, isPersistent: false);
        Flash("Welcome to the newsroom. Invite your colleagues from People.");
        return Redirect("/newsroom");
    }

    private async Task<bool> IsOpenAsync(CancellationToken cancellationToken) =>
        setup.Accepts(Token) && !await db.Users.AnyAsync(cancellationToken);
}
