using System.Text.RegularExpressions;

using Byline.BrowserTests.Pages;
using Byline.Testing;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace Byline.BrowserTests.Reader;

public sealed class CommentTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task A_reader_leaves_a_comment_sees_it_marked_as_awaiting_moderation_and_no_one_else_sees_it_or_the_email()
    {
        var stamp = Guid.NewGuid().ToString("N")[..10];
        var email = $"reader.{stamp}@example.org";
        var comment = $"Could the council publish the full pier survey before the vote? (ref {stamp})";
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        var article = await (await FrontPage.OpenAsync(page)).FollowLeadStoryAsync();
        var approvedBefore = await article.ApprovedComments.CountAsync();

        await article.CommentForm.FillAsync("Ada Reader", email, comment);
        await article.CommentForm.PostAsync();

        await Expect(article.ModerationNotice).ToContainTextAsync("awaits moderation");
        // The browser that wrote it sees its comment, marked; the heading still counts only published comments.
        var own = article.ApprovedComments.Filter(new LocatorFilterOptions { HasText = stamp });
        await Expect(own).ToHaveCountAsync(1);
        await Expect(own).ToContainTextAsync("Awaiting moderation");
        var html = await page.ContentAsync();
        Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase);
        await Screenshots.SaveAsync(page, "comment-received", Viewport.Desktop);

        await using var otherReader = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var otherPage = await otherReader.NewPageAsync();
        await otherPage.GotoAsync(page.Url);
        await Expect(otherPage.GetByText(stamp)).ToHaveCountAsync(0);
        Assert.Equal(approvedBefore, await new ArticlePage(otherPage).ApprovedComments.CountAsync());
    }

    [Fact]
    public async Task A_comment_with_an_invalid_email_comes_back_with_an_error_linked_to_the_field_and_keeps_what_was_typed()
    {
        const string Comment = "The table of options is the clearest summary I have seen.";
        await using var context = await chromium.NewContextAsync(host.BaseAddress, Viewport.Desktop);
        var page = await context.NewPageAsync();
        var article = await (await FrontPage.OpenAsync(page)).FollowLeadStoryAsync();
        var form = article.CommentForm;

        await form.FillAsync("Ada Reader", "not-an-email", Comment);
        await form.SkipBrowserValidationAsync();
        await form.PostAsync();

        await Expect(form.ErrorSummary).ToBeVisibleAsync();
        var errorLinks = form.ErrorSummary.GetByRole(AriaRole.Link);
        await Expect(errorLinks).ToHaveCountAsync(1);
        await Expect(errorLinks).ToHaveTextAsync(new Regex("email address"));
        var emailId = await form.Email.GetAttributeAsync("id");
        await Expect(errorLinks).ToHaveAttributeAsync("href", $"#{emailId}");
        await Expect(form.Email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Email).ToHaveAccessibleDescriptionAsync(new Regex("does not look like an email address"));

        await Expect(form.Name).ToHaveValueAsync("Ada Reader");
        await Expect(form.Email).ToHaveValueAsync("not-an-email");
        await Expect(form.Comment).ToHaveValueAsync(Comment);
        await Screenshots.SaveAsync(page, "comment-form-errors", Viewport.Desktop);
    }
}
