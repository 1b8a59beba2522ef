using Byline.Accounts;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.People;

/// <summary>
/// One member: their role, whether they can sign in, the ways back into their account, and what was last recorded
/// about it. A new reset link is shown in the response that made it, and never again.
/// </summary>
public sealed class MemberModel(BylineDb db, MemberAdministration administration, PasswordResets resets) : PageModel
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
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken cancellationToken)
    {
        if (Role is not { } role || !Enum.IsDefined(role))
        {
            return await RefuseAsync("Choose one of the roles in the list.", StatusCodes.Status400BadRequest, cancellationToken);
        }
        return await ApplyAsync(administration.ChangeRoleAsync(Id, role, Actor.From(User), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        ApplyAsync(administration.SetDisabledAsync(Id, disabled: true, Actor.From(User), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        ApplyAsync(administration.SetDisabledAsync(Id, disabled: false, Actor.From(User), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        ApplyAsync(administration.UnlockAsync(Id, Actor.From(User), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDisableTwoFactorAsync(CancellationToken cancellationToken) =>
        ApplyAsync(administration.DisableTwoFactorAsync(Id, Actor.From(User), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostResetLinkAsync(CancellationToken cancellationToken)
    {
        var issued = await resets.IssueAsync(Id, Actor.From(User), cancellationToken);
        if (issued.Link is null)
        {
            return await RespondAsync(issued.Change, cancellationToken);
        }
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        NewResetLink = issued;
        return Page();
    }

    private async Task<IActionResult> ApplyAsync(Task<MemberChange> changing, CancellationToken cancellationToken) =>
        await RespondAsync(await changing, cancellationToken);

    private async Task<IActionResult> RespondAsync(MemberChange change, CancellationToken cancellationToken)
    {
        switch (change.Outcome)
        {
            case MemberChangeOutcome.NotFound:
                return NotFound();
            case MemberChangeOutcome.Refused:
                return await RefuseAsync(change.Message, StatusCodes.Status409Conflict, cancellationToken);
            default:
                TempData["Flash"] = change.Message;
                return RedirectToPage(new { Id });
        }
    }

    private async Task<IActionResult> RefuseAsync(string problem, int status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        Problem = problem;
        var page = Page();
        page.StatusCode = status;
        return page;
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
        IsSelf = Actor.From(User).UserId == member.Id;
        var subject = $"user:{member.Id}";
        History = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == subject || e.ActorId == member.Id)
            .OrderByDescending(e => e.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
        return true;
    }
}
