using System.Globalization;
using System.Text;
using Byline.Accounts;
using Byline.BrowserTests.Newsroom;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Media;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Bench;

/// <summary>
/// The typing-latency benchmark that <c>bench/editor-typing.sh</c> runs (it sets <c>BYLINE_BENCH_EDITOR_TYPING</c> to
/// the report's path). Without it the same journey runs as a test with a few keystrokes: every one must arrive. A 10,000-word story with 50
/// images is saved and opened in the editor; 250 keystrokes are typed at its end and 250 in its middle, each timed
/// from its keydown to the next animation frame after the editor has updated the page, and as many into the same story
/// in the Markdown view's plain textarea (the baseline, in the same run). Nothing is asserted about speed.
/// </summary>
public sealed class EditorTypingBenchmark(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    /// <summary>Where the report goes: set by bench/editor-typing.sh. Without it the same journey runs as a test, shorter.</summary>
    private static readonly string? ReportPath = Environment.GetEnvironmentVariable("BYLINE_BENCH_EDITOR_TYPING");

    private static readonly int Keystrokes = string.IsNullOrEmpty(ReportPath) ? 24 : 250;
    private const string Typed = "the tide turned before the ferry left and the harbour master rang the bell twice ";

    /// <summary>Times every keydown until the animation frame after it, with performance marks and measures.</summary>
    private const string Instrument = """
        () => {
          window.benchSamples = [];
          let n = 0;
          window.addEventListener("keydown", () => {
            const name = `key-${n++}`;
            performance.mark(name);
            requestAnimationFrame(() => {
              // The frame's style and layout (of the whole document), as the browser would do before painting it.
              document.activeElement.getBoundingClientRect();
              window.benchSamples.push(performance.measure(`${name}-frame`, name).duration);
            });
          }, true);
        }
        """;

    private static string Story()
    {
        var words = "council harbour ferry tide quay budget lantern school bridge market storm lifeboat gull timetable residents said that would".Split(' ');
        var text = new StringBuilder();
        var random = new Random(13);
        var count = 0;
        var paragraph = 0;
        while (count < 10_000)
        {
            paragraph++;
            if (paragraph % 20 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"## Part {paragraph / 20}\n\n");
            }
            var sentence = new List<string>();
            for (var i = 0; i < 50 && count < 10_000; i++, count++)
            {
                sentence.Add(words[random.Next(words.Length)]);
            }
            text.Append(CultureInfo.InvariantCulture, $"The {string.Join(' ', sentence)} **today**.\n\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task Typing_in_a_ten_thousand_word_story_with_fifty_images_loses_no_keystroke()
    {
        var keys = new List<string>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
            for (var i = 0; i < 5; i++)
            {
                var photo = TestPhotos.Jpeg($"bench-{i}.jpg", 1600, 1000).Buffer;
                using var content = new MemoryStream(photo);
                var uploaded = await library.UploadAsync(new MediaUpload(content, photo.Length, $"bench-{i}.jpg", new MediaDetails($"Bench photo {i}", null, null)), Actor.System("Benchmark"), TestContext.Current.CancellationToken);
                keys.Add(MediaUrls.Largest(uploaded.Item!));
            }
        }
        // 50 figures spread through the text, one after every fourth paragraph.
        var paragraphs = Story().Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = 0; i < 50; i++)
        {
            paragraphs.Insert(4 + (i * 5), $"![Bench photo {i}]({keys[i % keys.Count]} \"Caption {i}\")");
        }
        var markdown = string.Join("\n\n", paragraphs) + "\n";

        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        await NewsroomMembersForTests.SignInAsNewMemberAsync(host, page, NewsroomRole.Author, "Bea Bench");
        var editor = await StoryEditorPage.OpenNewAsync(page);
        await editor.Headline.FillAsync("A very long story");
        await editor.SetBodyMarkdownAsync(markdown);
        await editor.SaveNewAsync();
        await page.ReloadAsync();
        await editor.RichBody.WaitForAsync();
        var figures = await editor.RichBody.Locator("figure").CountAsync();
        var words = await editor.BodyCount.InnerTextAsync();
        var reload = await page.EvaluateAsync<double>("() => { const t = performance.now(); window.bylineBodyEditor.reload(); return performance.now() - t; }");
        await page.EvaluateAsync(Instrument);

        // The baseline, interleaved in the same run: the same story in the Markdown view, a plain textarea, typed into
        // at the same places, so the machine's load weighs on both alike.
        var results = new List<(string Where, string Surface, double[] Samples)>();
        foreach (var where in new[] { "end", "middle" })
        {
            results.Add((where, "rich editor", await TypeInRichEditorAsync(page, where)));
            await editor.MarkdownToggle.ClickAsync();
            results.Add((where, "plain textarea (baseline)", await TypeInTextareaAsync(page, editor, where)));
            await editor.MarkdownToggle.ClickAsync();
            await editor.RichBody.WaitForAsync();
        }
        var flush = await page.EvaluateAsync<double>("() => { const e = window.bylineBodyEditor; e.written = null; const t = performance.now(); e.flush(); return performance.now() - t; }");
        // Every keystroke arrived, in the rich editor and in the textarea, at the end and in the middle of the story.
        var markdownAfter = await editor.BodyMarkdownAsync();
        Assert.Equal(4, markdownAfter.Split(TypedText()).Length - 1);
        Assert.All(results, r => Assert.True(r.Samples.Length >= Keystrokes * 0.9, $"{r.Where}, {r.Surface}: only {r.Samples.Length} keystrokes were timed."));
        if (string.IsNullOrEmpty(ReportPath))
        {
            return;
        }

        var report = new StringBuilder();
        report.AppendLine("# Editor typing latency");
        report.AppendLine();
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", TestContext.Current.CancellationToken)).Split(' ')[0] : "unknown";
        report.AppendLine(CultureInfo.InvariantCulture, $"`bench/editor-typing.sh`, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, Debian Chromium (headless) driven by Playwright, {Environment.ProcessorCount} cores shared with other work (load average {load} when it finished: the tail figures carry that load).");
        report.AppendLine(CultureInfo.InvariantCulture, $"The story: {markdown.Length:N0} characters of Markdown, {words.Trim()}, {figures} figures in the editor.");
        report.AppendLine();
        report.AppendLine("Each keystroke is timed from its `keydown` to the next animation frame after the page has updated (with a layout read in that frame), with `performance.mark`/`measure`. Keys are typed 60 ms apart. The baseline, interleaved in the same run, is the same story in the editor's Markdown view: a plain textarea, typed into at the same places. Waiting for the next frame alone costs up to one frame (16.7 ms at 60 Hz) on either surface.");
        report.AppendLine();
        report.AppendLine("| where | typed into | keystrokes | median | p95 | max |");
        report.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var (where, surface, samples) in results)
        {
            var sorted = samples.Order().ToArray();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {where} of the story | {surface} | {sorted.Length} | {Percentile(sorted, 0.5):F1} ms | {Percentile(sorted, 0.95):F1} ms | {sorted[^1]:F1} ms |");
        }
        report.AppendLine();
        foreach (var where in new[] { "end", "middle" })
        {
            var rich = results.Single(r => r.Where == where && r.Surface == "rich editor").Samples.Order().ToArray();
            var plain = results.Single(r => r.Where == where && r.Surface != "rich editor").Samples.Order().ToArray();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"Rich editor ÷ plain textarea, {where} of the story: median {Percentile(rich, 0.5) / Percentile(plain, 0.5):F2}×, p95 {Percentile(rich, 0.95) / Percentile(plain, 0.95):F2}×.");
        }
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Off the keystroke path: reading the whole story into the editor took {reload:F0} ms; writing the Markdown back to the textarea after the edits (done {300} ms after typing pauses, and when the form is sent) took {flush:F1} ms.");
        await File.WriteAllTextAsync(ReportPath, report.ToString(), TestContext.Current.CancellationToken);
    }

    private static string TypedText() => string.Concat(Enumerable.Repeat(Typed, (Keystrokes / Typed.Length) + 1))[..Keystrokes];

    private static async Task<double[]> TypeInRichEditorAsync(IPage page, string where)
    {
        await page.EvaluateAsync("""
            (where) => {
              const view = window.bylineBodyEditor.view;
              const doc = view.state.doc;
              let target = doc.childCount - 1;
              if (where === "middle") target = Math.floor(doc.childCount / 2);
              while (doc.child(target).type.name !== "paragraph") target--;
              let pos = 0;
              for (let i = 0; i <= target; i++) pos += doc.child(i).nodeSize;
              const Selection = view.state.selection.constructor;
              view.focus();
              view.dispatch(view.state.tr.setSelection(Selection.near(view.state.doc.resolve(pos - 1))).scrollIntoView());
            }
            """, where);
        return await TypeAndMeasureAsync(page);
    }

    private static async Task<double[]> TypeInTextareaAsync(IPage page, StoryEditorPage editor, string where)
    {
        await editor.Body.EvaluateAsync("""
            (textarea, where) => {
              const text = textarea.value;
              const at = where === "end" ? text.trimEnd().length : text.indexOf("\n\n", Math.floor(text.length / 2));
              textarea.focus();
              textarea.setSelectionRange(at, at);
            }
            """, where);
        return await TypeAndMeasureAsync(page);
    }

    private static async Task<double[]> TypeAndMeasureAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(500);
        await page.EvaluateAsync("() => { window.benchSamples = []; }");
        // 60 ms apart: a fast typist, and few enough that frames do not pile up behind one another.
        await page.Keyboard.TypeAsync(TypedText(), new KeyboardTypeOptions { Delay = 60 });
        await page.WaitForTimeoutAsync(300);
        return await page.EvaluateAsync<double[]>("() => window.benchSamples");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
