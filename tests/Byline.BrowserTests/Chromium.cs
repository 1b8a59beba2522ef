using Microsoft.Playwright;

namespace Byline.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright, started once per test run. Tests ask it for a fresh context;
/// when the browser is not installed they are skipped with a message, or fail when BYLINE_REQUIRE_ALL=1.
/// Playwright's own browser downloads are never used (they cannot be fetched here).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private const float SlowMachineTimeout = 90_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }
        Assertions.SetDefaultExpectTimeout(SlowMachineTimeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>A new, isolated browser context whose relative URLs resolve against <paramref name="baseAddress"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, Viewport viewport, bool javaScriptEnabled = true, ColorScheme colorScheme = ColorScheme.Light)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(viewport);
        var browser = RequireBrowser();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            ColorScheme = colorScheme,
        });
        // The whole suite shares two cores: a page that takes seconds under that load is slow, not broken.
        context.SetDefaultTimeout(SlowMachineTimeout);
        context.SetDefaultNavigationTimeout(SlowMachineTimeout);
        return context;
    }

    private IBrowser RequireBrowser()
    {
        if (_browser is not null)
        {
            return _browser;
        }
        var message = $"Browser tests need Debian Chromium at {ExecutablePath}, which is not installed (apt-get install chromium).";
        if (Environment.GetEnvironmentVariable("BYLINE_REQUIRE_ALL") == "1")
        {
            Assert.Fail(message + " BYLINE_REQUIRE_ALL=1 forbids skipping.");
        }
        Assert.Skip(message);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
