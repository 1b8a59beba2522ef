using Byline.Accounts;
using Byline.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>
/// Uploads one image. The request limits are raised to just above 20 MB here and nowhere else; larger uploads are
/// answered by <see cref="OversizedUploadGuardAttribute"/> with a message.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Publisher)]
[OversizedUploadGuard]
[RequestSizeLimit(MediaLibrary.MaxUploadRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaLibrary.MaxUploadRequestBytes)]
public sealed class UploadModel(MediaLibrary library) : NewsroomPageModel
{
    [BindProperty]
    public IFormFile? Image { get; set; }

    [BindProperty]
    public string? AltText { get; set; }

    [BindProperty]
    public string? Caption { get; set; }

    [BindProperty]
    public string? Credit { get; set; }

    [BindProperty(SupportsGet = true, Name = OversizedUploadGuardAttribute.RefusedQuery)]
    public string? Refused { get; set; }

    public void OnGet()
    {
        if (Refused == OversizedUploadGuardAttribute.TooLarge)
        {
            ModelState.AddModelError(nameof(Image), MediaLibrary.TooLargeMessage);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var details = new MediaDetails(AltText, Caption, Credit);
        if (Image is null)
        {
            foreach (var (field, message) in details.Validate())
            {
                ModelState.AddModelError(field, message);
            }
            ModelState.AddModelError(nameof(Image), "Choose an image file to upload.");
            return Refuse(StatusCodes.Status400BadRequest);
        }

        await using var content = Image.OpenReadStream();
        var result = await library.UploadAsync(new MediaUpload(content, Image.Length, Image.FileName, details), Actor, cancellationToken);
        switch (result.Outcome)
        {
            case MediaOutcome.Saved:
                Flash($"Uploaded “{result.Item!.OriginalFileName}”: {result.Item.Widths.Count} sizes were made, location and camera data removed.");
                return RedirectToPage("Detail", new { id = result.Item.Id });
            case MediaOutcome.Forbidden:
                return Forbid();
            default:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(field == MediaLibrary.FileField ? nameof(Image) : field, message);
                }
                return Refuse(result.Outcome switch
                {
                    MediaOutcome.TooLarge => StatusCodes.Status413PayloadTooLarge,
                    MediaOutcome.Unsupported => StatusCodes.Status415UnsupportedMediaType,
                    _ => StatusCodes.Status400BadRequest,
                });
        }
    }

    /// <summary>
    /// The same upload for the story editor's picker (<c>?handler=Json</c>, sent by XMLHttpRequest with the story
    /// form's token): 201 and the item as <see cref="PickerItem"/>, or the refusal's status and
    /// <c>{ error, errors }</c> where <c>error</c> is a sentence to show and <c>errors</c> the messages by field.
    /// </summary>
    public async Task<IActionResult> OnPostJsonAsync(CancellationToken cancellationToken)
    {
        var details = new MediaDetails(AltText, Caption, Credit);
        if (Image is null)
        {
            var errors = details.Validate();
            errors[nameof(Image)] = "Choose an image file to upload.";
            return JsonRefusal(StatusCodes.Status400BadRequest, errors);
        }

        await using var content = Image.OpenReadStream();
        var result = await library.UploadAsync(new MediaUpload(content, Image.Length, Image.FileName, details), Actor, cancellationToken);
        return result.Outcome switch
        {
            MediaOutcome.Saved => new JsonResult(PickerItem.From(result.Item!)) { StatusCode = StatusCodes.Status201Created },
            MediaOutcome.Forbidden => JsonRefusal(StatusCodes.Status403Forbidden, new Dictionary<string, string> { [""] = "Your role may not upload images; choose one from the library." }),
            _ => JsonRefusal(result.Outcome switch
            {
                MediaOutcome.TooLarge => StatusCodes.Status413PayloadTooLarge,
                MediaOutcome.Unsupported => StatusCodes.Status415UnsupportedMediaType,
                _ => StatusCodes.Status400BadRequest,
            }, result.Errors.ToDictionary(e => e.Key == MediaLibrary.FileField ? nameof(Image) : e.Key, e => e.Value)),
        };
    }

    private static JsonResult JsonRefusal(int statusCode, IReadOnlyDictionary<string, string> errors) =>
        new(new { error = string.Join(" ", errors.Values), errors }) { StatusCode = statusCode };

    private PageResult Refuse(int statusCode)
    {
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }
}
