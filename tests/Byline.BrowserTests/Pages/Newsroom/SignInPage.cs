using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>The newsroom sign-in form (<c>/newsroom/sign-in</c>): the only way into the newsroom for these tests.</summary>
public sealed class SignInPage(IPage page)
{
    public const string Path = "/newsroom/sign-in";

    public static async Task<SignInPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(Path);
        return new SignInPage(page);
    }

    public ILocator Email => page.GetByLabel("Email", new PageGetByLabelOptions { Exact = true });

    public ILocator Password => page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true });

    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true });

    /// <summary>Signs in and waits for the newsroom's own navigation, which only a signed-in member sees.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
        await Expect(new NewsroomShell(page).Navigation).ToBeVisibleAsync();
    }
}
