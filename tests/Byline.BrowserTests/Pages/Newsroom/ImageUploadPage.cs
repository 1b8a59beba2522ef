using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>The media library's upload form (<c>/newsroom/media/upload</c>); a saved upload lands on the image's own page.</summary>
public sealed partial class ImageUploadPage(IPage page)
{
    public const string Path = "/newsroom/media/upload";

    public static async Task<ImageUploadPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(Path);
        return new ImageUploadPage(page);
    }

    public ILocator ImageFile => page.GetByLabel("Image file");

    public ILocator AltText => page.GetByLabel("Alt text");

    public ILocator Caption => page.GetByLabel("Caption");

    public ILocator Credit => page.GetByLabel("Credit");

    public ILocator UploadButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Upload", Exact = true });

    public async Task UploadAsync(FilePayload file, string altText, string caption, string credit)
    {
        await ImageFile.SetInputFilesAsync(file);
        await AltText.FillAsync(altText);
        await Caption.FillAsync(caption);
        await Credit.FillAsync(credit);
        var response = await page.RunAndWaitForResponseAsync(
            () => UploadButton.ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains(Path, StringComparison.Ordinal));
        if (response.Status is < 300 or >= 400)
        {
            await page.WaitForLoadStateAsync();
            Assert.Fail($"The upload was refused with {response.Status}: {string.Join(" ", await Refusal.AllInnerTextsAsync())}");
        }
        await Arrival.AtAsync(page, MediaItemPath());
    }

    /// <summary>What the form says when it comes back instead of saving: the summary and the messages under the fields.</summary>
    public ILocator Refusal => page.GetByRole(AriaRole.Main).Locator("[role=alert], .field__error:not(:empty)");

    [GeneratedRegex(@"/newsroom/media/\d+$")]
    private static partial Regex MediaItemPath();
}
