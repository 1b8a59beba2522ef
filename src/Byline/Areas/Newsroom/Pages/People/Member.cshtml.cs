using Byline.Accounts;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>
/// One member: their role, whether they can sign in, the ways back into their account, and what was last recorded
/// about it. A new reset link is shown in the response that made it, and never again.
/// </summary>
public sealed class MemberModel(BylineDb db, MemberAdministration administration, PasswordResets resets) : NewsroomPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public NewsroomRole? Role { get; set; }

    public StaffUser Member { get; private set; } = null!;
    public DateTimeOffset? LockedOutUntil { get; private set; }
    public DateTimeOffset? OpenResetLinkUntil { get; private set; }
    public PasswordResetIssued? NewResetLink { get; private set; }
    public bool IsSelf { get; private set; }
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public string? Problem => ErrorFor(Outcome.General);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken cancellationToken)
    {
        if (Role is not { } role || !Enum.IsDefined(role))
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }
            ModelState.AddModelError(Outcome.General, "Choose one of the roles in the list.");
            return PageAgain(StatusCodes.Status400BadRequest);
        }
        return await ApplyAsync(() => administration.ChangeRoleAsync(Id, role, Actor, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => administration.SetDisabledAsync(Id, disabled: true, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => administration.SetDisabledAsync(Id, disabled: false, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => administration.UnlockAsync(Id, Actor, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDisableTwoFactorAsync(CancellationToken cancellationToken) =>
        ApplyAsync(() => administration.DisableTwoFactorAsync(Id, Actor, cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostResetLinkAsync(CancellationToken cancellationToken)
    {
        var issued = await resets.IssueAsync(Id, Actor, cancellationToken);
        // Read after issuing, so that the page shows the new link's expiry; a refusal names a member who exists.
        if (issued.Link is null)
        {
            return await RespondAsync(issued.Change, () => RedirectToPage(new { Id }), () => LoadAsync(cancellationToken));
        }
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        NewResetLink = issued;
        return Page();
    }

    /// <summary>
    /// Reads the member before the change: a refused change leaves them as they were, so the page shown again with
    /// the reason needs no second read.
    /// </summary>
    private async Task<IActionResult> ApplyAsync(Func<Task<Outcome>> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        return await RespondAsync(await change(), () => RedirectToPage(new { Id }));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var member = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (member is null)
        {
            return false;
        }
        Member = member;
        Role ??= member.Role;
        LockedOutUntil = administration.LockedOutUntil(member);
        OpenResetLinkUntil = await resets.OpenUntilAsync(member.Id, cancellationToken);
        IsSelf = Actor.UserId == member.Id;
        var subject = $"user:{member.Id}";
        History = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == subject || e.ActorId == member.Id)
            .OrderByDescending(e => e.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
        return true;
    }
}
