using Byline.Web;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Byline.Pages.Shared;

/// <summary>
/// Reads a reader form's post before the page binds it. A post larger than the form could ever send, or one the form
/// reader refuses (a NUL character, thousands of fields), would leave every handler parameter unbound, the story's
/// address included; instead the page gets an empty form and a <see cref="ReaderFormProblem"/> to explain to the reader.
/// An oversized body is read to its end first (up to <see cref="DrainLimit"/>), so the browser sees that explanation.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReaderFormAttribute(long maxBytes) : Attribute, IAsyncResourceFilter
{
    public const long DrainLimit = 16L * 1024 * 1024;

    private static readonly object ProblemKey = new();

    public long MaxBytes => maxBytes;

    /// <summary>What was wrong with this request's form; null when it was read.</summary>
    public static ReaderFormProblem? ProblemOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ProblemKey, out var problem) ? (ReaderFormProblem?)problem : null;
    }

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType && await ReadAsync(http) is { } problem)
        {
            http.Items[ProblemKey] = problem;
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        }
        await next();
    }

    private async Task<ReaderFormProblem?> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength is { } length && length > maxBytes)
        {
            if (length <= DrainLimit)
            {
                await RequestBodyDrain.DrainAsync(http, length);
            }
            return ReaderFormProblem.TooLarge;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // A body sent without its length (chunked) stops at the same size.
            limit.MaxRequestBodySize = maxBytes;
        }
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ReaderFormProblem.TooLarge;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OperationCanceledException)
        {
            return ReaderFormProblem.Unreadable;
        }
    }
}
