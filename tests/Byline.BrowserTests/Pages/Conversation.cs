using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Byline.BrowserTests.Pages;

/// <summary>
/// The conversation under a story, as a reader uses it: a comment's Reply link, the reply form (named "Reply" by its
/// heading), replies nested under their comment, and the commenter's own Edit link and edit box.
/// </summary>
public sealed partial class Conversation(IPage page)
{
    private readonly ArticlePage _article = new(page);

    /// <summary>The comment whose text contains <paramref name="text"/> (comments are articles; replies are not inside them).</summary>
    public ILocator Comment(string text) => _article.CommentContaining(text);

    public static ILocator ReplyLink(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = ReplyName() });
    }

    /// <summary>The comments nested under <paramref name="comment"/>: the replies list that follows it in its thread.</summary>
    public static ILocator RepliesUnder(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.Locator("xpath=following-sibling::ol[contains(concat(' ', normalize-space(@class), ' '), ' comment-list--replies ')]").GetByRole(AriaRole.Article);
    }

    public ILocator ReplyForm => page.GetByRole(AriaRole.Form, new PageGetByRoleOptions { Name = "Reply", Exact = true });

    /// <summary>The reply form's fields, found by their labels as in the "Leave a comment" form.</summary>
    public CommentForm ReplyFields => new(ReplyForm);

    public ILocator PostReplyButton => ReplyForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Post reply", Exact = true });

    public ILocator ReplyingTo => ReplyForm.GetByText(ReplyingToText());

    public static ILocator AwaitingModeration(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.GetByText("Awaiting moderation");
    }

    public static ILocator EditLink(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Edit", Exact = true });
    }

    public static ILocator EditBox(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.GetByLabel("Edit your comment");
    }

    public static ILocator SaveChangesButton(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save changes", Exact = true });
    }

    [GeneratedRegex("^Reply to ")]
    private static partial Regex ReplyName();

    [GeneratedRegex("^Replying to ")]
    private static partial Regex ReplyingToText();
}
