namespace Byline.Accounts;

/// <summary>The names of audited actions, as stored and as the audit page filters them.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Lockout = "lockout";
    public const string SetupCompleted = "setup-completed";
    public const string UserCreated = "user-created";
    public const string RoleChanged = "role-changed";
    public const string UserDisabled = "user-disabled";
    public const string UserEnabled = "user-enabled";
    public const string UserUnlocked = "user-unlocked";
    public const string PasswordChanged = "password-changed";
    public const string PasswordResetIssued = "password-reset-issued";
    public const string PasswordReset = "password-reset";
    public const string InvitationCreated = "invitation-created";
    public const string InvitationAccepted = "invitation-accepted";
    public const string InvitationRevoked = "invitation-revoked";
    public const string TwoFactorChanged = "two-factor-changed";
    public const string ArticleCreated = "article-created";
    public const string ArticleSubmitted = "article-submitted";
    public const string ArticlePublished = "article-published";
    public const string ArticleScheduled = "article-scheduled";
    public const string ArticleUnpublished = "article-unpublished";
    public const string ArticleReturnedToDraft = "article-returned-to-draft";
    public const string ArticleDeleted = "article-deleted";
    public const string ArticleTrashed = "article-trashed";
    public const string ArticleRestored = "article-restored";
    public const string TrashEmptied = "trash-emptied";
    public const string RevisionRestored = "revision-restored";
    public const string CorrectionAdded = "correction-added";
    public const string PreviewLinkCreated = "preview-link-created";
    public const string PreviewLinkRevoked = "preview-link-revoked";
    public const string SettingsChanged = "settings-changed";
    public const string SectionChanged = "section-changed";
    public const string TagChanged = "tag-changed";
    public const string StaticPageChanged = "static-page-changed";
    public const string MenuChanged = "menu-changed";
    public const string AuthorProfileChanged = "author-profile-changed";
    public const string CommentModerated = "comment-moderated";
    public const string CommenterExported = "commenter-exported";
    public const string CommenterErased = "commenter-erased";
    public const string MediaUploaded = "media-uploaded";
    public const string MediaDeleted = "media-deleted";
    public const string MediaTrashed = "media-trashed";
    public const string MediaRestored = "media-restored";
    public const string MediaEdited = "media-edited";
    public const string WordPressImported = "wordpress-imported";
    public const string WordPressImportDiscarded = "wordpress-import-discarded";
    public const string WordPressImportInterrupted = "wordpress-import-interrupted";
    public const string AssignmentCreated = "assignment-created";
    public const string AssignmentEdited = "assignment-edited";
    public const string AssignmentCancelled = "assignment-cancelled";
    public const string AssignmentReopened = "assignment-reopened";
    public const string AssignmentStarted = "assignment-started";
}
