using Byline.Accounts;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>Everyone in the newsroom and every invitation still open, for admins.</summary>
public sealed class IndexModel(BylineDb db, Invitations invitations, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<Invitation> OpenInvitations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var members = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        Members = members
            .Select(u => new MemberRow(u.Id, u.DisplayName, u.Email ?? "", u.Role, u.TwoFactorEnabled, u.LockoutEnd > now, u.IsDisabled))
            .ToList();
        OpenInvitations = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.ExpiresAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await invitations.RevokeAsync(id, Actor.From(User), cancellationToken))
        {
            TempData["Flash"] = "That invitation was already used, revoked or removed; nothing changed.";
            return RedirectToPage();
        }
        TempData["Flash"] = "The invitation is revoked: its link no longer works.";
        return RedirectToPage();
    }
}
