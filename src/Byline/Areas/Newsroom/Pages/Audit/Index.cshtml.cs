using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Audit;

/// <summary>
/// The audit log, newest first, for admins to read and filter. It is read-only: the application appends entries where
/// things happen and has no way to change or remove one, and this page accepts nothing but GET.
/// </summary>
public sealed class IndexModel(BylineDb db, SiteIdentity site) : NewsroomPageModel
{
    public AuditFilter Filter { get; private set; } = null!;
    public IReadOnlyList<AuditRow> Entries { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Members { get; private set; } = [];
    public bool HasOlder { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = AuditFilter.Read(Request.Query);
        Members = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.DisplayName)).ToList();
        if (!Filter.IsValid)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (Filter.Action.Length > 0)
        {
            entries = entries.Where(e => e.Action == Filter.Action);
        }
        if (Filter.ActorId is { } actorId)
        {
            entries = entries.Where(e => e.ActorId == actorId);
        }
        else if (Filter.Actor == AuditFilter.System)
        {
            entries = entries.Where(e => e.ActorId == null);
        }
        if (Filter.FromDate is { } from)
        {
            var start = AuditFilter.StartOfDay(from, site.Current.TimeZone);
            entries = entries.Where(e => e.At >= start);
        }
        if (Filter.ToDate is { } to)
        {
            var end = AuditFilter.StartOfDay(to.AddDays(1), site.Current.TimeZone);
            entries = entries.Where(e => e.At < end);
        }

        // One row more than a page says whether an older page exists, without counting the whole log.
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Filter.Skip).Take(AuditFilter.PageSize + 1)
            .Select(e => new AuditRow(e.Id, e.At, e.ActorId, e.ActorName, e.Action, e.Subject, e.Details))
            .ToListAsync(cancellationToken);
        HasOlder = rows.Count > AuditFilter.PageSize;
        Entries = HasOlder ? rows[..AuditFilter.PageSize] : rows;
        return Page();
    }

    /// <summary>Nothing can be sent to the audit log from outside: every other method is refused.</summary>
    public IActionResult OnPost()
    {
        Response.Headers.Allow = "GET, HEAD";
        return StatusCode(StatusCodes.Status405MethodNotAllowed);
    }
}
