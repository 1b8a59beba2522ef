using Byline.Accounts;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>Everyone in the newsroom, every invitation still open and every byline without a member, for admins.</summary>
public sealed class IndexModel(BylineDb db, Invitations invitations, TimeProvider clock) : NewsroomPageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<Invitation> OpenInvitations { get; private set; } = [];
    public IReadOnlyList<ProfileWithoutMemberRow> ProfilesWithoutMember { get; private set; } = [];

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
        var invited = OpenInvitations.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).ToHashSet();
        var profiles = await db.People.AsNoTracking()
            .Where(p => !db.Users.Any(u => u.PersonId == p.Id))
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Slug,
                Stories = db.ArticleAuthors.Count(a => a.PersonId == p.Id),
                Email = db.AuthorContacts.Where(c => c.PersonId == p.Id).Select(c => c.Email).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        ProfilesWithoutMember = profiles.Select(p => new ProfileWithoutMemberRow(p.Id, p.Name, p.Slug, p.Stories, p.Email, invited.Contains(p.Id))).ToList();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await invitations.RevokeAsync(id, Actor, cancellationToken))
        {
            Flash("That invitation was already used, revoked or removed; nothing changed.");
            return RedirectToPage();
        }
        Flash("The invitation is revoked: its link no longer works.");
        return RedirectToPage();
    }
}
