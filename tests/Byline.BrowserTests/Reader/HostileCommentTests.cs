using Byline.BrowserTests.Pages;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// The hostile inputs of issue 4, published as approved comments and opened in Chromium: nothing runs, no dialog opens,
/// every word is shown as the text it is, and nothing pushes the page wider than a phone.
/// </summary>
public sealed class HostileCommentTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    private static readonly string LongWord = string.Concat(Enumerable.Repeat("Llanfairpwllgwyngyll", 500));

    /// <summary>Each hostile comment: who it claims to be, what it says, and the text a reader must see instead.</summary>
    private static readonly (string Name, string Body, string Shown)[] Hostile =
    [
        ("Script Kiddie", "<script>window.__pwned = 'script'; alert('script')</script>", "<script>window.__pwned = 'script'; alert('script')</script>"),
        ("Img Onerror", "<img src=x onerror=\"window.__pwned='img';alert('img')\">", "<img src=x onerror=\"window.__pwned='img';alert('img')\">"),
        ("Svg Onload", "<svg onload=alert('svg')><circle r=40 /></svg> and <body onload=alert(1)>", "<svg onload=alert('svg')><circle r=40 /></svg> and <body onload=alert(1)>"),
        ("Event Handler", "\" onmouseover=\"window.__pwned='attr';alert('attr')\" x=\"", "\" onmouseover=\"window.__pwned='attr';alert('attr')\" x=\""),
        ("Js Link", "<a href=\"javascript:window.__pwned='href';alert('href')\">click me</a> or javascript:alert('bare')", "<a href=\"javascript:window.__pwned='href';alert('href')\">click me</a> or javascript:alert('bare')"),
        ("Broken Markup", "<b><i>unclosed bold and </div></article></section><h1>Broken out</h1><!-- <style>body{display:none}</style>", "<b><i>unclosed bold and </div></article></section><h1>Broken out</h1><!-- <style>body{display:none}</style>"),
        ("Iframe", "<iframe src=\"javascript:alert('frame')\"></iframe><object data=\"javascript:alert(2)\"></object>", "<iframe src=\"javascript:alert('frame')\"></iframe><object data=\"javascript:alert(2)\"></object>"),
        ("Right To Left", "Invoice for \u202Egnp.exe and \u2067isolated\u2069 text", "Invoice for gnp.exe and isolated text"),
        ("Long Word", LongWord, LongWord),
        ("Long Link", "https://example.org/" + new string('a', 3_000), "https://example.org/" + new string('a', 3_000)),
        ("Zero Width", "zero\u200Bwidth space, joiner\u200Dhere, family 👩‍👩‍👧, flag 🏳️‍🌈, thumbs 👍🏽, שלום עולם", "zero\u200Bwidth space, joiner\u200Dhere, family 👩‍👩‍👧, flag 🏳️‍🌈, thumbs 👍🏽, שלום עולם"),
        ("<script>alert(1)</script>", "A hostile name, and a plain comment.", "A hostile name, and a plain comment."),
        ("Mallory\u202E evil", "A name with a right-to-left override.", "A name with a right-to-left override."),
    ];

    public static TheoryData<string> Viewports => ["phone", "desktop"];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Hostile_comments_render_as_inert_readable_text_that_fits_the_window(string size)
    {
        var viewport = size == "phone" ? Viewport.Phone : Viewport.Desktop;
        var (storyId, path) = await ConversationSetup.PublishStoryAsync(host, "A story that attracts trouble");
        var ids = new List<int>();
        foreach (var (name, body, _) in Hostile)
        {
            ids.Add(await ConversationSetup.AddApprovedCommentAsync(host, storyId, name, body));
        }
        await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        // Avatars are drawn on the page itself: nothing may be fetched from another site (no Gravatar, no tracking).
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseAddress.AbsoluteUri, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        var article = new ArticlePage(page);

        await page.GotoAsync(path);
        await Expect(article.ApprovedComments).ToHaveCountAsync(Hostile.Length);
        // Give any handler that waits for a pointer or for load its chance: hover every comment and its links.
        foreach (var comment in await article.ApprovedComments.AllAsync())
        {
            await comment.ScrollIntoViewIfNeededAsync();
            await comment.HoverAsync();
        }
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(dialogs);
        Assert.Empty(elsewhere);
        await Expect(page.Locator("#comments article.comment svg.avatar--art")).ToHaveCountAsync(Hostile.Length);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "a hostile comment ran script");
        // Nothing the commenters typed became an element or an attribute.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('#comments .comment__body *:not(p):not(br):not(a)').length"));
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
        Assert.Equal(0, await page.Locator("a[href^='javascript' i], iframe, object, embed").CountAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveCountAsync(1);
        await Expect(article.Headline).ToHaveTextAsync("A story that attracts trouble");
        await Expect(page.Locator("body")).ToBeVisibleAsync();

        for (var i = 0; i < Hostile.Length; i++)
        {
            var (name, _, shown) = Hostile[i];
            var comment = page.Locator($"#comment-{ids[i]}");
            await Expect(comment.Locator(".comment__body")).ToHaveTextAsync(shown);
            await Expect(comment.Locator(".comment__body")).ToHaveAttributeAsync("dir", "auto");
            await Expect(comment.Locator(".comment__author bdi")).ToHaveTextAsync(name);
        }
        Assert.False(await page.EvaluateAsync<bool>("() => document.getElementById('comments').textContent.includes('\\u202Egnp')"),
            "a right-to-left override was left in a comment");

        await Screenshots.SaveAsync(page, "hostile-comments", viewport);
        await AssertFitsAsync(page, viewport);
    }

    /// <summary>No horizontal scroll; when there is, the message names the innermost elements that stick out.</summary>
    private static async Task AssertFitsAsync(IPage page, Viewport viewport)
    {
        var scrollWidth = await new ArticlePage(page).DocumentScrollWidthAsync();
        var overflowing = await page.EvaluateAsync<string[]>("""
            width => [...document.querySelectorAll('#comments *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                .map(e => `${e.localName}${[...e.classList].map(c => '.' + c).join('')} in ${e.parentElement.localName}.${e.parentElement.className} of #${e.closest('article')?.id} (right edge at ${Math.round(e.getBoundingClientRect().right)} px)`)
            """, viewport.Width);
        Assert.True(scrollWidth <= viewport.Width,
            $"The page is {scrollWidth} px wide in a {viewport.Width} px window; too wide: {string.Join("; ", overflowing)}");
    }

    [Fact]
    public async Task A_long_commenter_name_without_spaces_does_not_widen_the_page_on_a_phone()
    {
        var (storyId, path) = await ConversationSetup.PublishStoryAsync(host, "A story with long names");
        // Names of up to 100 characters are accepted by the form.
        await ConversationSetup.AddApprovedCommentAsync(host, storyId, new string('N', 100), "A name of a hundred letters and no spaces.");
        await ConversationSetup.AddApprovedCommentAsync(host, storyId, "<script>window.__pwned='name'</script>", "A longer hostile name.");
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync(path);

        await Expect(new ArticlePage(page).ApprovedComments).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "long-commenter-names", Viewport.Phone);
        await AssertFitsAsync(page, Viewport.Phone);
    }
}
