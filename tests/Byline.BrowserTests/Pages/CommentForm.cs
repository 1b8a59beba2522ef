using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages;

/// <summary>The "Leave a comment" form at the foot of an article; every field is found by its label.</summary>
public sealed class CommentForm(ILocator form)
{
    public ILocator Form => form;

    public ILocator Name => form.GetByLabel("Name");

    public ILocator Email => form.GetByLabel("Email");

    public ILocator Website => form.GetByLabel("Website");

    public ILocator Comment => form.GetByLabel("Comment");

    public ILocator PostButton => form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Post comment" });

    /// <summary>The summary of what was wrong, shown above the fields when the form comes back.</summary>
    public ILocator ErrorSummary => form.GetByRole(AriaRole.Alert);

    public async Task FillAsync(string name, string email, string comment)
    {
        await Name.FillAsync(name);
        await Email.FillAsync(email);
        await Comment.FillAsync(comment);
    }

    /// <summary>Turns off the browser's own checks, as an old browser would, so the server's validation is what answers.</summary>
    public Task SkipBrowserValidationAsync() => form.EvaluateAsync("form => { form.noValidate = true; }");

    public Task PostAsync() => PostButton.ClickAsync();
}
