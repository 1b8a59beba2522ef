using System.Security.Cryptography;
using Byline.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer;

/// <summary>
/// Every table of the site, in the order a restore inserts them: each after the tables its foreign keys point to
/// (people before the members who are them, media before the stories that feature them, a comment after its parent).
/// </summary>
internal static class ArchiveKinds
{
    public static IReadOnlyList<ArchiveKind> All { get; } =
    [
        ArchiveKind.Of("sections", db => db.Sections, q => q.OrderBy(s => s.Id)),
        ArchiveKind.Of("tags", db => db.Tags, q => q.OrderBy(t => t.Id)),
        ArchiveKind.Of("people", db => db.People, q => q.OrderBy(p => p.Id)),
        ArchiveKind.Of("staffUsers", db => db.Users, q => q.OrderBy(u => u.Id),
            credentialProperties: new HashSet<string> { nameof(StaffUser.PasswordHash), nameof(StaffUser.SecurityStamp) },
            restoreWithoutCredentials: RestoreWithoutCredentials),
        ArchiveKind.Of("authorContacts", db => db.AuthorContacts, q => q.OrderBy(c => c.PersonId)),
        ArchiveKind.Of("userClaims", db => db.UserClaims, q => q.OrderBy(c => c.Id)),
        // External sign-ins and the authenticator keys and recovery codes (Identity's user tokens) sign people in.
        ArchiveKind.Of("userLogins", db => db.UserLogins, q => q.OrderBy(l => l.LoginProvider).ThenBy(l => l.ProviderKey), credentialsOnly: true),
        ArchiveKind.Of("userTokens", db => db.UserTokens, q => q.OrderBy(t => t.UserId).ThenBy(t => t.LoginProvider).ThenBy(t => t.Name), credentialsOnly: true),
        // An invitation's token hash opens an account: it is a credential too.
        ArchiveKind.Of("invitations", db => db.Invitations, q => q.OrderBy(i => i.Id), credentialsOnly: true),
        ArchiveKind.Of("mediaItems", db => db.MediaItems, q => q.OrderBy(m => m.Id)),
        ArchiveKind.Of("articles", db => db.AllArticles, q => q.OrderBy(a => a.Id)),
        ArchiveKind.Of("articleAuthors", db => db.ArticleAuthors, q => q.OrderBy(a => a.ArticleId).ThenBy(a => a.Position).ThenBy(a => a.PersonId)),
        ArchiveKind.Of("articleTags", db => db.Set<Dictionary<string, object>>(ArticleTagsTable),
            q => q.OrderBy(t => EF.Property<int>(t, "ArticleId")).ThenBy(t => EF.Property<int>(t, "TagId"))),
        // Derived from stories and tags, but ranked when each story was published: kept as it was, not re-ranked, so a
        // restored site shows what the original showed.
        ArchiveKind.Of("relatedStories", db => db.RelatedStories, q => q.OrderBy(r => r.ArticleId).ThenBy(r => r.Position)),
        ArchiveKind.Of("revisions", db => db.Revisions, q => q.OrderBy(r => r.Id)),
        // A member's autosaved edits of a live story are work not yet on the page: a restore keeps them too.
        ArchiveKind.Of("pendingCopies", db => db.PendingCopies, q => q.OrderBy(p => p.Id)),
        // Notes on drafts are the newsroom's own talk about its stories: a restore keeps them. Notes that start a
        // thread first, so a reply always follows the note it answers.
        ArchiveKind.Of("storyNotes", db => db.StoryNotes, q => q.OrderBy(n => n.ParentId != null).ThenBy(n => n.Id)),
        ArchiveKind.Of("corrections", db => db.Corrections, q => q.OrderBy(c => c.Id)),
        // A share-preview link opens a draft to whoever holds it: its token hash is a credential too.
        ArchiveKind.Of("previewLinks", db => db.PreviewLinks, q => q.OrderBy(l => l.Id), credentialsOnly: true),
        // Top-level comments first: a reply then always follows the comment it answers.
        ArchiveKind.Of("comments", db => db.Comments, q => q.OrderBy(c => c.ParentId != null).ThenBy(c => c.Id)),
        ArchiveKind.Of("articleRedirects", db => db.ArticleRedirects, q => q.OrderBy(r => r.Id)),
        ArchiveKind.Of("pathRedirects", db => db.PathRedirects, q => q.OrderBy(r => r.Id)),
        ArchiveKind.Of("importedItems", db => db.ImportedItems, q => q.OrderBy(i => i.Id)),
        ArchiveKind.Of("siteSettings", db => db.SiteSettings, q => q.OrderBy(s => s.Id)),
        // Static pages before the menu links that point at them (sections came first).
        ArchiveKind.Of("staticPages", db => db.StaticPages, q => q.OrderBy(p => p.Id)),
        ArchiveKind.Of("menuItems", db => db.MenuItems, q => q.OrderBy(m => m.Id)),
        ArchiveKind.Of("siteSecrets", db => db.SiteSecrets, q => q.OrderBy(s => s.Name)),
        ArchiveKind.Of("auditEntries", db => db.AuditEntries, q => q.OrderBy(e => e.Id)),
        ArchiveKind.Of("notifications", db => db.Notifications, q => q.OrderBy(n => n.Id)),
        ArchiveKind.Of("notificationPreferences", db => db.NotificationPreferences, q => q.OrderBy(p => p.UserId).ThenBy(p => p.Kind)),
        // The plan: after sections, members and stories, which its lines point to.
        ArchiveKind.Of("assignments", db => db.Assignments, q => q.OrderBy(a => a.Id)),
        ArchiveKind.Of("assignmentReporters", db => db.AssignmentReporters, q => q.OrderBy(r => r.AssignmentId).ThenBy(r => r.UserId)),
    ];

    /// <summary>The join table of stories and tags (a shared-type entity: it has no class of its own).</summary>
    public const string ArticleTagsTable = "ArticleTags";

    public static ArchiveKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>
    /// A member restored without credentials has no password (nobody can sign in as them until one is set), a fresh
    /// security stamp (Identity needs one), and no second factor, since the authenticator key did not travel.
    /// </summary>
    private static void RestoreWithoutCredentials(StaffUser user)
    {
        user.PasswordHash = null;
        user.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
        user.TwoFactorEnabled = false;
    }
}
