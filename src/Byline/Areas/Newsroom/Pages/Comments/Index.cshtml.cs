using System.Globalization;
using Byline.Comments;
using Byline.Outcomes;
using Byline.Web;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Areas.Newsroom.Pages.Comments;

/// <summary>
/// The moderation desk: one tab per state with its count, 50 comments a page, and the moves between states for one
/// comment or for all the ticked ones at once. Every form works without JavaScript.
/// </summary>
public sealed class IndexModel(CommentModeration moderation) : NewsroomPageModel
{
    public const string Path = "/newsroom/comments";

    public static IReadOnlyList<CommentStatus> States { get; } = [CommentStatus.Pending, CommentStatus.Approved, CommentStatus.Spam, CommentStatus.Trash];

    public CommentStatus Status { get; private set; } = CommentStatus.Pending;
    public ModerationCounts Counts { get; private set; } = new(0, 0, 0, 0);
    public ModerationPage List { get; private set; } = new(CommentStatus.Pending, 1, 1, []);

    /// <summary>Why the last request did nothing, shown above the list.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "status")] string? status, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var valid = TryReadFilter(status, page, out var pageNumber);
        return await ShowAsync(pageNumber, valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(
        [FromQuery(Name = "status")] string? status,
        [FromQuery(Name = "page")] string? page,
        [FromForm(Name = "act")] string? act,
        [FromForm(Name = "ids")] string[]? ids,
        CancellationToken cancellationToken)
    {
        if (!TryReadFilter(status, page, out var pageNumber))
        {
            return await ShowAsync(pageNumber, StatusCodes.Status400BadRequest, cancellationToken);
        }
        if (ParseAction(act) is not { } action)
        {
            Problem = "Choose what to do with the comments: approve, spam, trash or restore.";
            return await ShowAsync(pageNumber, StatusCodes.Status400BadRequest, cancellationToken);
        }
        var commentIds = new List<int>();
        foreach (var raw in ids ?? [])
        {
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            {
                Problem = $"“{(raw.Length > 20 ? raw[..20] + "…" : raw)}” is not a comment number. Nothing was changed.";
                return await ShowAsync(pageNumber, StatusCodes.Status400BadRequest, cancellationToken);
            }
            commentIds.Add(id);
        }

        var result = await moderation.ModerateAsync(commentIds, action, Actor, cancellationToken);
        if (!result.Succeeded)
        {
            Problem = result.Message;
            return await ShowAsync(pageNumber, StatusCodeOf(result.Kind), cancellationToken);
        }
        Flash(result.Message);
        // 303 See Other: the browser shows the list again, and a reload never repeats the action.
        Response.Headers.Location = PathOf(Status, pageNumber);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    public static string Slug(CommentStatus status) => status.ToString().ToLowerInvariant();

    public static string Slug(ModerationAction action) => action.ToString().ToLowerInvariant();

    public static string Label(CommentStatus status) => status.ToString();

    /// <summary>The address of one page of one tab; the first page of the pending queue is the bare path.</summary>
    public static string PathOf(CommentStatus status, int page)
    {
        var query = new List<string>();
        if (status != CommentStatus.Pending)
        {
            query.Add("status=" + Slug(status));
        }
        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }
        return query.Count == 0 ? Path : Path + "?" + string.Join('&', query);
    }

    public static int StatusCodeOf(OutcomeKind outcome) => outcome switch
    {
        OutcomeKind.NotFound => StatusCodes.Status404NotFound,
        OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
        OutcomeKind.Conflict => StatusCodes.Status409Conflict,
        OutcomeKind.Done => StatusCodes.Status200OK,
        _ => StatusCodes.Status400BadRequest,
    };

    private static ModerationAction? ParseAction(string? act) =>
        Enum.GetValues<ModerationAction>().Cast<ModerationAction?>()
            .FirstOrDefault(a => string.Equals(Slug(a!.Value), act, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the tab and the page from the query; on a bad value it says why and falls back to the first page.</summary>
    private bool TryReadFilter(string? status, string? page, out int pageNumber)
    {
        pageNumber = 1;
        if (!string.IsNullOrEmpty(status))
        {
            var known = States.Where(s => string.Equals(Slug(s), status, StringComparison.OrdinalIgnoreCase)).ToList();
            if (known.Count == 0)
            {
                Problem = "There is no such list of comments. Choose pending, approved, spam or trash.";
                return false;
            }
            Status = known[0];
        }
        if (string.IsNullOrEmpty(page))
        {
            return true;
        }
        if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > PageNumber.Maximum)
        {
            Problem = "Pages are numbered with whole numbers from 1.";
            return false;
        }
        pageNumber = number;
        return true;
    }

    private async Task<IActionResult> ShowAsync(int page, int statusCode, CancellationToken cancellationToken)
    {
        Counts = await moderation.CountAsync(cancellationToken);
        List = await moderation.ListAsync(Status, page, Counts.Of(Status), cancellationToken);
        var result = Page();
        result.StatusCode = statusCode;
        return result;
    }
}
