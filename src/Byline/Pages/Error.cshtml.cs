using System.Globalization;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Storage;
using Byline.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

/// <summary>
/// The page every error status ends on: it says what happened in plain words and helps the reader on with the
/// latest stories and a search box. It never shows a stack trace.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(BylineDb db, ILogger<ErrorModel> logger) : ReaderPageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    public IReadOnlyList<ArticleSummary> Latest { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task OnPostAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        // Read from the route, not bound: a re-executed post whose form could not be read (a NUL in it, too large) fails
        // all model binding, and its 400 or 413 would turn into 404 here.
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var routed) ? routed : 0;
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null && Response.StatusCode is >= 500 and <= 599)
        {
            // The exception handler already chose the status (503 while the database is away, else 500).
            Code = Response.StatusCode;
        }
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted)
        {
            // Someone typed /error/… by hand: there is no such page.
            Code = StatusCodes.Status404NotFound;
        }
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        (Heading, var fallback) = Describe(Code);
        Message = ReaderErrorMessage.Get(HttpContext) ?? fallback;
        Meta = new PageMeta { Title = Heading, NoIndex = true };

        if (Code is 404 or 410 or 400)
        {
            try
            {
                Latest = await db.Articles.AsNoTracking().Published().NewestFirst().Take(5).ToSummaries().ToListAsync(cancellationToken);
            }
            catch (Exception e) when (DatabaseOutage.IsOutage(e) || e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "The error page could not list the latest stories");
            }
        }
    }

    private static (string Heading, string Message) Describe(int code) => code switch
    {
        400 => ("That request did not make sense to us", "Something in the address or the form was not in a form we understand."),
        403 => ("You cannot do that here", "This page or action is not open to you."),
        404 => ("Page not found", "We could not find a page at this address. It may have moved, or the address may be mistyped."),
        405 => ("That request did not make sense to us", "This page cannot be used that way."),
        410 => ("This story is no longer available", "The newsroom has withdrawn this story."),
        413 => ("That was more than we can take", "The form sent far more than it could hold. Please shorten what you wrote and send it again."),
        429 => ("Slow down a little", "Too many requests came from your connection in a short time. Please wait a minute and try again."),
        503 => ("We will be right back", "The site is briefly unavailable. Please try again in a minute."),
        >= 500 => ("Something went wrong on our side", "The error has been logged and we will look into it. Please try again in a minute."),
        _ => ("That did not work", "The request could not be completed."),
    };
}
