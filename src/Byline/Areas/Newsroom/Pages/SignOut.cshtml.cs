using Byline.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages;

public sealed class SignOutModel(SignInManager<StaffUser> signIn, AuditLog audit) : NewsroomPageModel
{
    public IActionResult OnGet() => Redirect("/newsroom");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        await signIn.SignOutAsync();
        await audit.RecordAsync(actor, AuditActions.SignOut, actor.UserId is { } id ? $"user:{id}" : null, "Signed out", cancellationToken);
        return Redirect("/newsroom/sign-in");
    }
}
