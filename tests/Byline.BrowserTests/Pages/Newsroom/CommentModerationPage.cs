using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages.Newsroom;

/// <summary>The moderation queue (<c>/newsroom/comments</c>): each comment with its own Approve / Spam / Trash buttons.</summary>
public sealed class CommentModerationPage(IPage page)
{
    public const string Path = "/newsroom/comments";

    public static async Task<CommentModerationPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(Path);
        return new CommentModerationPage(page);
    }

    /// <summary>The queue entry whose text contains <paramref name="text"/>.</summary>
    public ILocator Comment(string text) =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = text });

    /// <summary>A comment's own Approve button, named for screen readers after the comment's author.</summary>
    public static ILocator ApproveButton(ILocator comment, string authorName)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = $"Approve the comment by {authorName}", Exact = true });
    }
}
