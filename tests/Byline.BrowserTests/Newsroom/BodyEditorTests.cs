using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.BrowserTests.Pages;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// The story body's rich editor: formatting by toolbar, shortcut, Markdown typed as you go and the "/" menu; images
/// pasted, dropped and picked from the library; the featured image chosen and uploaded in place; the Markdown view;
/// and all of it by keyboard alone.
/// </summary>
public sealed partial class BodyEditorTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private static async Task<(IPage Page, StoryEditorPage Editor)> OpenNewStoryAsync(IBrowserContext context, BylineHost host, NewsroomRole role, string name)
    {
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, role, name);
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.RichBody.WaitForAsync();
        return (page, editor);
    }

    private static ILocator Dialog(IPage page, string name) => page.GetByRole(AriaRole.Dialog, new PageGetByRoleOptions { Name = name });

    [Fact]
    public async Task A_story_written_with_every_kind_of_formatting_is_saved_as_markdown_and_published_as_html()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var (page, editor) = await OpenNewStoryAsync(context, host, NewsroomRole.Editor, "Fern Formatter");
        await editor.Headline.FillAsync("Pier trust counts the cost of a winter of repairs");
        var keyboard = page.Keyboard;

        await editor.RichBody.ClickAsync();
        await keyboard.TypeAsync("The pier reopened on Saturday with ");
        await keyboard.PressAsync("Control+b");
        await keyboard.TypeAsync("new steel legs");
        await keyboard.PressAsync("Control+b");
        await keyboard.TypeAsync(" and an ");
        await editor.BodyButton("Italic").ClickAsync();
        await Expect(editor.BodyButton("Italic")).ToHaveAttributeAsync("aria-pressed", "true");
        await keyboard.TypeAsync("unchanged");
        await keyboard.PressAsync("Control+i");
        await keyboard.TypeAsync(" view, says the ");
        await keyboard.PressAsync("Control+k");
        var link = Dialog(page, "Add link");
        await link.GetByLabel("Address").FillAsync("https://example.org/trust");
        await link.GetByLabel("Text").FillAsync("harbour trust");
        await link.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add link" }).ClickAsync();
        await keyboard.TypeAsync(". Run ");
        await keyboard.PressAsync("Control+e");
        await keyboard.TypeAsync("tide --table");
        await keyboard.PressAsync("Control+e");
        await keyboard.TypeAsync(" for times.");
        await keyboard.PressAsync("Enter");

        await keyboard.TypeAsync("## What it cost");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("The trust spent £1.2 million.");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("/sub");
        await Expect(page.GetByRole(AriaRole.Listbox, new PageGetByRoleOptions { Name = "Insert a block" })).ToBeVisibleAsync();
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("Who paid");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("> We are delighted.");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("— Ada Penhallow, trust chair");
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("- New steel sleeves");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("A resurfaced deck");
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("1. Survey");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("Repair");
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("Line one");
        await keyboard.PressAsync("Shift+Enter");
        await keyboard.TypeAsync("line two");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("/divider");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("/table");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("Leg");
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("Cost");
        await Expect(editor.RichBody.Locator("blockquote .pm-attribution")).ToHaveTextAsync("— Ada Penhallow, trust chair");
        await Expect(editor.BodyCount).ToContainTextAsync("min read");
        await Screenshots.SaveAsync(page, "body-editor-formatted", Viewport.Desktop);

        var markdown = await editor.BodyMarkdownAsync();
        foreach (var expected in new[]
        {
            "The pier reopened on Saturday with **new steel legs** and an *unchanged* view, says the [harbour trust](https://example.org/trust). Run `tide --table` for times.",
            "## What it cost\n\nThe trust spent £1.2 million.\n\n### Who paid\n\n> We are delighted.\n>\n> — Ada Penhallow, trust chair",
            "- New steel sleeves\n- A resurfaced deck",
            "1. Survey\n2. Repair",
            "Line one\\\nline two",
            "\n---\n",
            "| Leg | Cost | Heading |\n| --- | --- | --- |",
        })
        {
            Assert.True(markdown.Contains(expected, StringComparison.Ordinal), $"Not found: {expected}\nin:\n{markdown}");
        }

        await page.Keyboard.PressAsync("Control+s");
        await Arrival.AtAsync(page, StoryPath());
        await Expect(editor.Body).ToHaveValueAsync(markdown.TrimEnd('\n'));
        await editor.WorkflowButton("Publish now").ClickAsync();
        await Expect(editor.WorkflowButton("Unpublish")).ToBeVisibleAsync();
        var path = await editor.ViewOnTheSite.GetAttributeAsync("href");
        await using var readerContext = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync(path!);
        var body = new ArticlePage(reader).Body;
        await Expect(body.Locator("strong")).ToHaveTextAsync("new steel legs");
        await Expect(body.Locator("em")).ToHaveTextAsync("unchanged");
        await Expect(body.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "harbour trust" })).ToHaveAttributeAsync("href", "https://example.org/trust");
        await Expect(body.Locator("code")).ToHaveTextAsync("tide --table");
        await Expect(body.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 2 })).ToHaveTextAsync("What it cost");
        await Expect(body.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 3 })).ToHaveTextAsync("Who paid");
        // A quotation's last line that starts with a dash is its source: set apart below the quote (figure.quote).
        await Expect(body.Locator("blockquote p")).ToHaveTextAsync(["We are delighted."]);
        await Expect(body.Locator("figure.quote figcaption")).ToHaveTextAsync("— Ada Penhallow, trust chair");
        await Expect(body.Locator("ul > li")).ToHaveTextAsync(["New steel sleeves", "A resurfaced deck"]);
        await Expect(body.Locator("ol > li")).ToHaveTextAsync(["Survey", "Repair"]);
        await Expect(body.Locator("br")).ToHaveCountAsync(1);
        await Expect(body.Locator("hr")).ToHaveCountAsync(1);
        await Expect(body.Locator("table th")).ToHaveTextAsync(["Leg", "Cost", "Heading"]);
    }

    [Fact]
    public async Task A_pasted_a_dropped_and_a_picked_image_become_figures_where_the_cursor_or_the_drop_was()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var (page, editor) = await OpenNewStoryAsync(context, host, NewsroomRole.Author, "Ira Images");
        await editor.Headline.FillAsync("Gulls return to the harbour wall");
        await editor.TypeInBodyAsync("First paragraph.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Second paragraph.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Third paragraph.");

        // Paste at the end of the first paragraph.
        await editor.RichBody.GetByText("First paragraph.").ClickAsync();
        await page.Keyboard.PressAsync("End");
        var photo = TestPhotos.Jpeg("gulls-pasted.jpg", 1400, 900);
        await editor.RichBody.EvaluateAsync("""
            (dom, base64) => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const data = new DataTransfer();
              data.items.add(new File([bytes], "gulls-pasted.jpg", { type: "image/jpeg" }));
              dom.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, Convert.ToBase64String(photo.Buffer));
        var upload = Dialog(page, "Upload an image");
        await Expect(upload.GetByText("gulls-pasted.jpg")).ToBeVisibleAsync();
        var place = upload.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Upload and place" });
        await place.ClickAsync();
        await Expect(upload).ToBeVisibleAsync();
        Assert.False(await upload.GetByLabel("Alt text").EvaluateAsync<bool>("input => input.validity.valid"), "Alt text is required before the image is placed.");
        await upload.GetByLabel("Alt text").FillAsync("Gulls lined up on the harbour wall");
        await upload.GetByLabel("Caption").FillAsync("Back for the summer.");
        await upload.GetByLabel("Credit").FillAsync("Mara Quill");
        await Screenshots.SaveAsync(page, "body-editor-upload-dialog", Viewport.Desktop);
        await place.ClickAsync();
        await Expect(upload).ToHaveCountAsync(0);
        await Expect(editor.RichBody.Locator("figure img[alt='Gulls lined up on the harbour wall']")).ToBeVisibleAsync();
        var markdown = await editor.BodyMarkdownAsync();
        Assert.Matches(PastedFigure(), markdown);

        // Drop onto the third paragraph.
        var third = editor.RichBody.GetByText("Third paragraph.");
        await third.WaitForAsync();
        var dropped = TestPhotos.Jpeg("gulls-dropped.jpg", 1200, 800);
        await editor.RichBody.EvaluateAsync("""
            (dom, base64) => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const data = new DataTransfer();
              data.items.add(new File([bytes], "gulls-dropped.jpg", { type: "image/jpeg" }));
              const target = [...dom.querySelectorAll("p")].find(p => p.textContent === "Third paragraph.");
              const box = target.getBoundingClientRect();
              const at = { dataTransfer: data, clientX: box.right - 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true };
              target.dispatchEvent(new DragEvent("dragover", at));
              target.dispatchEvent(new DragEvent("drop", at));
            }
            """, Convert.ToBase64String(dropped.Buffer));
        await upload.GetByLabel("Alt text").FillAsync("A gull taking off");
        await place.ClickAsync();
        await Expect(upload).ToHaveCountAsync(0);
        markdown = await editor.BodyMarkdownAsync();
        Assert.Matches(DroppedFigure(), markdown);

        // Pick the pasted one again from the library, at the start of the second paragraph.
        await editor.RichBody.GetByText("Second paragraph.").ClickAsync();
        await page.Keyboard.PressAsync("Home");
        await editor.BodyButton("Image").ClickAsync();
        var library = Dialog(page, "Choose an image");
        await library.GetByLabel("Search the library").FillAsync("lined up");
        await library.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Gulls lined up on the harbour wall" }).ClickAsync();
        await Expect(library).ToHaveCountAsync(0);
        markdown = await editor.BodyMarkdownAsync();
        Assert.Matches(PickedFigure(), markdown);
        await Screenshots.SaveAsync(page, "body-editor-images", Viewport.Desktop);

        // A figure's alt text and caption are edited in place (double click, or Enter on the selected figure). The
        // editor's images take their height once loaded: the click waits for them, so it lands on the figure aimed at.
        await editor.RichBody.EvaluateAsync("dom => Promise.all([...dom.querySelectorAll('img')].map(img => img.decode().catch(() => null)))");
        await editor.RichBody.Locator("figure").Nth(1).DblClickAsync();
        var edit = Dialog(page, "Edit image");
        await edit.GetByLabel("Caption").FillAsync("Back for the whole summer.");
        await edit.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save", Exact = true }).ClickAsync();
        await Expect(edit).ToHaveCountAsync(0);
        markdown = await editor.BodyMarkdownAsync();
        Assert.Contains("\"Back for the whole summer.\")\n\nSecond paragraph.", markdown, StringComparison.Ordinal);

        await editor.SaveNewAsync();
        await Expect(editor.Body).ToHaveValueAsync(markdown.TrimEnd('\n'));
    }

    [Fact]
    public async Task The_featured_image_is_chosen_uploaded_and_removed_in_the_editor_and_the_select_carries_it()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var (page, editor) = await OpenNewStoryAsync(context, host, NewsroomRole.Author, "Fia Featured");
        await editor.Headline.FillAsync("Lifeboat station opens its doors");

        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Upload…", Exact = true }).ClickAsync());
        await chooser.SetFilesAsync(TestPhotos.Jpeg("lifeboat.jpg", 1600, 1000));
        var upload = Dialog(page, "Upload an image");
        await upload.GetByLabel("Alt text").FillAsync("The lifeboat on its slipway");
        await upload.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Upload and place" }).ClickAsync();
        await Expect(upload).ToHaveCountAsync(0);
        await Expect(editor.FeaturedImage.Locator("option:checked")).ToHaveTextAsync("The lifeboat on its slipway");
        await Expect(page.Locator(".featured-picker__thumb")).ToHaveAttributeAsync("alt", "The lifeboat on its slipway");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Remove", Exact = true }).ClickAsync();
        await Expect(editor.FeaturedImage).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Choose…", Exact = true }).ClickAsync();
        await Dialog(page, "Choose an image").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "The lifeboat on its slipway" }).ClickAsync();
        await Expect(editor.FeaturedImage.Locator("option:checked")).ToHaveTextAsync(FeaturedOption());
        await Screenshots.SaveAsync(page, "body-editor-featured", Viewport.Desktop);

        await editor.SetBodyMarkdownAsync("The station is open on Sunday.");
        await editor.SaveNewAsync();
        await Expect(editor.FeaturedImage.Locator("option:checked")).ToHaveTextAsync(FeaturedOption());
    }

    [Fact]
    public async Task The_markdown_view_shows_the_textarea_and_the_rich_view_reads_it_back()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var (_, editor) = await OpenNewStoryAsync(context, host, NewsroomRole.Author, "Mo Markdown");
        await Expect(editor.Body).ToBeHiddenAsync();

        await editor.MarkdownToggle.ClickAsync();
        await Expect(editor.MarkdownToggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(editor.Body).ToBeVisibleAsync();
        await Expect(editor.BodyButton("Bold")).ToBeDisabledAsync();
        await editor.Body.FillAsync("## Tides\n\nHigh water at *noon*.");
        await Expect(editor.BodyCount).ToHaveTextAsync("5 words · 1 min read");
        await editor.MarkdownToggle.ClickAsync();

        await Expect(editor.MarkdownToggle).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(editor.Body).ToBeHiddenAsync();
        await Expect(editor.RichBody.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 2 })).ToHaveTextAsync("Tides");
        await Expect(editor.RichBody.Locator("em")).ToHaveTextAsync("noon");
        Assert.Equal("## Tides\n\nHigh water at *noon*.", await editor.BodyMarkdownAsync());

        // A video's address pasted on an empty line becomes an embed card.
        await editor.TypeInBodyAsync("\n");
        await editor.RichBody.EvaluateAsync("""
            dom => {
              const data = new DataTransfer();
              data.setData("text/plain", "https://vimeo.com/123456789");
              dom.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """);
        await Expect(editor.RichBody.Locator(".pm-embed__provider")).ToHaveTextAsync("Vimeo");

        // More Markdown as you type: a divider and a code fence.
        await editor.TypeInBodyAsync("\n---");
        await Expect(editor.RichBody.Locator("hr")).ToHaveCountAsync(1);
        await editor.RichBody.Page.Keyboard.TypeAsync("```");
        await editor.RichBody.Page.Keyboard.TypeAsync("tide --table");
        await Expect(editor.RichBody.Locator("pre code")).ToHaveTextAsync("tide --table");
        Assert.Equal("## Tides\n\nHigh water at *noon*.\n\nhttps://vimeo.com/123456789\n\n---\n\n```\ntide --table\n```", await editor.BodyMarkdownAsync());
    }

    [Fact]
    public async Task A_reporter_formats_and_inserts_blocks_and_saves_with_the_keyboard_alone()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var (page, editor) = await OpenNewStoryAsync(context, host, NewsroomRole.Author, "Kai Keys");
        var keyboard = page.Keyboard;
        await editor.Headline.FocusAsync();
        await keyboard.TypeAsync("Ferry timetable changes for the winter");
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("Fewer sailings from November.");
        await keyboard.PressAsync("Tab");
        await Expect(editor.BodyButton("Bold")).ToBeFocusedAsync();
        await keyboard.PressAsync("ArrowRight");
        await Expect(editor.BodyButton("Italic")).ToBeFocusedAsync();
        await keyboard.PressAsync("End");
        await Expect(editor.MarkdownToggle).ToBeFocusedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(editor.RichBody).ToBeFocusedAsync();

        await keyboard.TypeAsync("The ");
        await keyboard.PressAsync("Control+b");
        await keyboard.TypeAsync("last");
        await keyboard.PressAsync("Control+b");
        await keyboard.TypeAsync(" sailing leaves at six.");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("/");
        await keyboard.PressAsync("ArrowDown");
        await keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "Quote" })).ToHaveAttributeAsync("aria-selected", "true");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("Plan ahead.");
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("/emb");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("https://www.youtube.com/watch?v=abc123");
        await keyboard.PressAsync("Enter");
        await Expect(editor.RichBody.Locator(".pm-embed__provider")).ToHaveTextAsync("YouTube");
        // Typing more than half a second later starts a new step in the history, which Ctrl+Z then takes back.
        await page.WaitForTimeoutAsync(700);
        await keyboard.TypeAsync("/tab");
        await keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Listbox, new PageGetByRoleOptions { Name = "Insert a block" })).ToBeHiddenAsync();
        await keyboard.PressAsync("Control+z");
        await Screenshots.SaveAsync(page, "body-editor-keyboard", Viewport.Desktop);

        await keyboard.PressAsync("Control+s");
        await Arrival.AtAsync(page, StoryPath());
        var saved = await editor.Body.InputValueAsync();
        Assert.Equal("The **last** sailing leaves at six.\n\n> Plan ahead.\n\nhttps://www.youtube.com/watch?v=abc123", saved.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public async Task The_editor_looks_right_light_and_dark_on_a_laptop_and_a_phone()
    {
        foreach (var (viewport, scheme) in new[] { (Viewport.Desktop, ColorScheme.Light), (Viewport.Desktop, ColorScheme.Dark), (Viewport.Phone, ColorScheme.Light), (Viewport.Phone, ColorScheme.Dark) })
        {
            await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport);
            var (page, editor) = await OpenNewStoryAsync(context, host, NewsroomRole.Author, "Vi Visual");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            await editor.Headline.FillAsync("Storm warning: sandbag stations open along the estuary");
            await editor.SetBodyMarkdownAsync(BodyCorpus.EdgeCases().Single(c => c.Name == "typography.md").Markdown
                + "\n" + BodyCorpus.EdgeCases().Single(c => c.Name == "tables.md").Markdown
                + "\n" + BodyCorpus.EdgeCases().Single(c => c.Name == "html.md").Markdown
                + "\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n");
            await Screenshots.SaveAsync(page, $"body-editor-{scheme.ToString().ToLowerInvariant()}", viewport);
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(scroll <= 0, $"The page scrolls sideways by {scroll} px at {viewport.Width} px wide.");
        }
    }

    [GeneratedRegex(@"/newsroom/stories/\d+$")]
    private static partial Regex StoryPath();

    [GeneratedRegex(@"^The lifeboat on its slipway")]
    private static partial Regex FeaturedOption();

    [GeneratedRegex(@"^First paragraph\.\n\n!\[Gulls lined up on the harbour wall\]\(/media/[0-9a-f]{32}-\d+\.jpg ""Back for the summer\.""\)\n\nSecond paragraph\.")]
    private static partial Regex PastedFigure();

    [GeneratedRegex(@"Third paragraph\.\n\n!\[A gull taking off\]\(/media/[0-9a-f]{32}-\d+\.jpg\)\n?$")]
    private static partial Regex DroppedFigure();

    [GeneratedRegex(@"\)\n\n!\[Gulls lined up on the harbour wall\]\(/media/[0-9a-f]{32}-\d+\.jpg ""Back for the summer\.""\)\n\nSecond paragraph\.")]
    private static partial Regex PickedFigure();
}
