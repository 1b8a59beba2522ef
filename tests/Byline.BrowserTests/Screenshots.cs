using Microsoft.Playwright;

namespace Byline.BrowserTests;

/// <summary>
/// Full-page PNGs kept as test artifacts: written to {results directory}/screenshots (by default TestResults/screenshots
/// in the folder dotnet test ran in) and attached to the current test's result.
/// </summary>
public static class Screenshots
{
    /// <summary>Where the PNGs land: {results directory}/screenshots.</summary>
    public static string Folder { get; } = Path.Combine(ResultsDirectory(), "screenshots");

    public static async Task SaveAsync(IPage page, string name, Viewport viewport)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(viewport);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        var fileName = $"{name}-{viewport.Width}.png";
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(Path.Combine(Folder, fileName), png, TestContext.Current.CancellationToken);
        TestContext.Current.AddAttachment(fileName, png, "image/png");
    }

    /// <summary>
    /// The results directory Microsoft.Testing.Platform uses: --results-directory when given (the test process is the
    /// platform host, so it is on its own command line); under <c>dotnet test</c> otherwise TestResults in the folder
    /// dotnet test ran in (where the attachments land too); when the assembly runs on its own, TestResults beside it.
    /// </summary>
    private static string ResultsDirectory()
    {
        var args = Environment.GetCommandLineArgs();
        var index = Array.IndexOf(args, "--results-directory");
        if (index >= 0 && index + 1 < args.Length)
        {
            return Path.GetFullPath(args[index + 1]);
        }
        var testCommandFolder = Environment.GetEnvironmentVariable("DOTNET_CLI_TEST_COMMAND_WORKING_DIRECTORY");
        return Path.Combine(string.IsNullOrEmpty(testCommandFolder) ? AppContext.BaseDirectory : testCommandFolder, "TestResults");
    }
}
