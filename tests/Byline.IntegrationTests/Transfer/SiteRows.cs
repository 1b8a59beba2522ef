using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer;

/// <summary>Rows per table of a site, counted here with the model's own sets (not with the code under test).</summary>
internal static class SiteRows
{
    public static Task<Dictionary<string, long>> CountAsync(BylineHost host)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        return host.WithDatabaseAsync(async db => new Dictionary<string, long>
        {
            ["sections"] = await db.Sections.LongCountAsync(cancellationToken),
            ["tags"] = await db.Tags.LongCountAsync(cancellationToken),
            ["people"] = await db.People.LongCountAsync(cancellationToken),
            ["staffUsers"] = await db.Users.LongCountAsync(cancellationToken),
            ["authorContacts"] = await db.AuthorContacts.LongCountAsync(cancellationToken),
            ["userClaims"] = await db.UserClaims.LongCountAsync(cancellationToken),
            ["userLogins"] = await db.UserLogins.LongCountAsync(cancellationToken),
            ["userTokens"] = await db.UserTokens.LongCountAsync(cancellationToken),
            ["invitations"] = await db.Invitations.LongCountAsync(cancellationToken),
            ["mediaItems"] = await db.MediaItems.LongCountAsync(cancellationToken),
            ["articles"] = await db.Articles.LongCountAsync(cancellationToken),
            ["articleAuthors"] = await db.ArticleAuthors.LongCountAsync(cancellationToken),
            ["articleTags"] = await db.Set<Dictionary<string, object>>("ArticleTags").LongCountAsync(cancellationToken),
            ["relatedStories"] = await db.RelatedStories.LongCountAsync(cancellationToken),
            ["revisions"] = await db.Revisions.LongCountAsync(cancellationToken),
            ["pendingCopies"] = await db.PendingCopies.LongCountAsync(cancellationToken),
            ["corrections"] = await db.Corrections.LongCountAsync(cancellationToken),
            ["storyNotes"] = await db.StoryNotes.LongCountAsync(cancellationToken),
            ["comments"] = await db.Comments.LongCountAsync(cancellationToken),
            ["articleRedirects"] = await db.ArticleRedirects.LongCountAsync(cancellationToken),
            ["pathRedirects"] = await db.PathRedirects.LongCountAsync(cancellationToken),
            ["siteSettings"] = await db.SiteSettings.LongCountAsync(cancellationToken),
            ["siteSecrets"] = await db.SiteSecrets.LongCountAsync(cancellationToken),
            ["staticPages"] = await db.StaticPages.LongCountAsync(cancellationToken),
            ["menuItems"] = await db.MenuItems.LongCountAsync(cancellationToken),
            ["importedItems"] = await db.ImportedItems.LongCountAsync(cancellationToken),
            ["auditEntries"] = await db.AuditEntries.LongCountAsync(cancellationToken),
            ["notifications"] = await db.Notifications.LongCountAsync(cancellationToken),
            ["notificationPreferences"] = await db.NotificationPreferences.LongCountAsync(cancellationToken),
            ["assignments"] = await db.Assignments.LongCountAsync(cancellationToken),
            ["assignmentReporters"] = await db.AssignmentReporters.LongCountAsync(cancellationToken),
        });
    }

    /// <summary>The files under the host's media folder (the default one, inside its data folder).</summary>
    public static IReadOnlyList<string> MediaFiles(BylineHost host)
    {
        var folder = Path.Combine(host.DataPath, "media");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
