using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>
/// The body field: with JavaScript a rich editor (role textbox "Body") over the hidden textarea <see cref="Body"/>,
/// which keeps the Markdown the form sends; its toolbar's "Markdown" button shows the textarea itself.
/// </summary>
public sealed partial class StoryEditorPage
{
    /// <summary>The rich editor's writing area.</summary>
    public ILocator RichBody => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Body", Exact = true });

    public ILocator BodyToolbar => page.GetByRole(AriaRole.Toolbar, new PageGetByRoleOptions { Name = "Body formatting" });

    public ILocator BodyButton(string name) => BodyToolbar.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator MarkdownToggle => BodyButton("Markdown");

    public ILocator BodyCount => page.Locator("#body-count");

    /// <summary>
    /// Replaces the whole body with <paramref name="markdown"/> as a member who prefers Markdown does: the toolbar's
    /// "Markdown" view, the textarea, and back to the rich view (which reads it again). Without the editor (no
    /// JavaScript) the textarea is filled directly.
    /// </summary>
    public async Task SetBodyMarkdownAsync(string markdown)
    {
        if (await Body.IsVisibleAsync())
        {
            await Body.FillAsync(markdown);
            return;
        }
        await MarkdownToggle.ClickAsync();
        await Body.FillAsync(markdown);
        await MarkdownToggle.ClickAsync();
    }

    /// <summary>
    /// Replaces the body as another part of the page does (a restored copy, a merge: newsroom.js's contract), without
    /// touching the editor's controls, which an open preview overlay covers on a phone.
    /// </summary>
    public Task ReplaceBodyAsync(string markdown) =>
        Body.EvaluateAsync(
            """
            (textarea, value) => {
              textarea.value = value;
              textarea.dispatchEvent(new Event("byline:body-replaced"));
              textarea.dispatchEvent(new Event("input", { bubbles: true }));
            }
            """,
            markdown);

    /// <summary>Types <paramref name="text"/> at the end of the rich editor with the keyboard.</summary>
    public async Task TypeInBodyAsync(string text)
    {
        await RichBody.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>The Markdown the form would send now (the editor writes it to the textarea shortly after each change).</summary>
    public async Task<string> BodyMarkdownAsync()
    {
        await page.EvaluateAsync("() => window.bylineBodyEditor && window.bylineBodyEditor.flush()");
        return await Body.InputValueAsync();
    }
}
