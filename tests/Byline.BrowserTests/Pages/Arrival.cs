using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages;

/// <summary>
/// Waits until a click has taken the page to an address and that document has loaded. Not <c>WaitForURLAsync</c>: when
/// the address already matches it waits for the "load" event with a check-then-subscribe that can miss it
/// (microsoft/playwright-dotnet#3364), which failed a test once in a few dozen runs after a 90 s timeout. The address is
/// polled instead, and the load is read from the document itself.
/// </summary>
internal static partial class Arrival
{
    public static async Task AtAsync(IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>/{section}/{yyyy}/{MM}/{dd}/{slug}, the stable article address.</summary>
    [GeneratedRegex(@"/[a-z0-9-]+/\d{4}/\d{2}/\d{2}/[a-z0-9-]+(\?[^#]*)?(#.*)?$")]
    public static partial Regex ArticlePath();
}
