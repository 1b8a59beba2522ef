using System.Text.RegularExpressions;
using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Content;
using Byline.Testing;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// The body editor keeps the stored Markdown: a story opened and saved untouched is byte-identical, an edit to one
/// paragraph leaves every other block's bytes alone, and blocks the editor writes afresh render as before.
/// </summary>
public sealed partial class BodyRoundTripTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    /// <summary>
    /// Loads each Markdown text into the editor (as another module replacing the body would), then: (a) asks the
    /// editor to write back without any change; (b) for each top-level paragraph in turn, reloads, types " EDITED" at
    /// its end and writes back, recording whether the text before and after that block's source slice is unchanged.
    /// </summary>
    private const string RoundTripScript = """
        (markdown) => {
          const editor = window.bylineBodyEditor;
          const body = document.querySelector('textarea[name="Draft.Body"]');
          const load = () => { body.value = markdown; body.dispatchEvent(new Event("byline:body-replaced")); };
          load();
          const wrote = editor.flush();
          const untouched = body.value;
          const problems = [];
          let edits = 0;
          const count = editor.view.state.doc.childCount;
          for (let index = 0; index < count; index++) {
            load();
            const node = editor.view.state.doc.child(index);
            if (node.type.name !== "paragraph" || node.content.size === 0) continue;
            let end = 0;
            editor.view.state.doc.forEach((child, offset, i) => { if (i === index) end = offset + child.nodeSize - 1; });
            editor.view.dispatch(editor.view.state.tr.insertText(" EDITED", end));
            editor.flush();
            edits++;
            const block = editor.source.blocks[index];
            const before = markdown.slice(0, block.start);
            const after = markdown.slice(block.end);
            const out = body.value;
            if (!out.startsWith(before) || !out.endsWith(after) || !out.includes("EDITED")) {
              problems.push(`paragraph ${index}: ${JSON.stringify(out.slice(before.length, out.length - after.length))}`);
            }
          }
          load();
          return { Wrote: wrote, Untouched: untouched, Edits: edits, Problems: problems, Reserialized: editor.reserialized() };
        }
        """;

    private sealed class RoundTrip
    {
        public bool Wrote { get; set; }
        public string Untouched { get; set; } = "";
        public int Edits { get; set; }
        public string[] Problems { get; set; } = [];
        public string Reserialized { get; set; } = "";
    }

    private async Task<IPage> OpenEditorAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Rhian Roundtrip");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.RichBody.WaitForAsync();
        return page;
    }

    [Fact]
    public async Task Every_sample_story_and_edge_case_is_unchanged_when_untouched_and_an_edited_paragraph_leaves_every_other_byte_alone()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await OpenEditorAsync(context);
        var corpus = BodyCorpus.All();
        Assert.True(corpus.Count >= 20, $"The corpus holds {corpus.Count} texts.");

        var edits = 0;
        foreach (var (name, markdown) in corpus)
        {
            var result = await page.EvaluateAsync<RoundTrip>(RoundTripScript, markdown);
            Assert.False(result.Wrote, $"{name}: the editor wrote to the textarea though nothing changed.");
            Assert.True(markdown == result.Untouched, $"{name}: the untouched body changed.");
            Assert.True(result.Problems.Length == 0, $"{name}: {string.Join("; ", result.Problems)}");
            edits += result.Edits;
        }
        Assert.True(edits > 200, $"Only {edits} paragraph edits were tried.");
    }

    [Fact]
    public async Task Blocks_the_editor_writes_afresh_render_to_the_same_html_as_the_original_markdown()
    {
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await OpenEditorAsync(context);
        var renderer = new ArticleRenderer();

        foreach (var (name, markdown) in BodyCorpus.All())
        {
            var result = await page.EvaluateAsync<RoundTrip>(RoundTripScript, markdown);
            Assert.False(string.IsNullOrWhiteSpace(result.Reserialized), $"{name}: nothing was written.");
            var before = Normalized(renderer.Render(markdown, BodyImages.None).Html);
            var after = Normalized(renderer.Render(result.Reserialized, BodyImages.None).Html);
            Assert.True(before == after, $"{name} renders differently once written afresh.\nMarkdown:\n{result.Reserialized}\nBefore: {before}\nAfter:  {after}");
        }
    }

    /// <summary>Whitespace runs count as one space and none between tags: soft line breaks become spaces in rewritten paragraphs.</summary>
    private static string Normalized(string html) => Between().Replace(Spaces().Replace(html, " "), "><").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex Between();
}
