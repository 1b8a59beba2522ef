namespace Byline.BrowserTests.Pages.Newsroom;

public sealed partial class StoryEditorPage
{
    /// <summary>Replaces the whole body with <paramref name="markdown"/>, as a reporter pasting into the Markdown source would.</summary>
    public async Task SetBodyMarkdownAsync(string markdown)
    {
        await Body.EvaluateAsync(
            """
            (textarea, value) => {
              textarea.value = value;
              textarea.dispatchEvent(new Event("byline:body-replaced"));
              textarea.dispatchEvent(new Event("input", { bubbles: true }));
            }
            """,
            markdown);
    }
}
