using Byline.Accounts;
using Byline.Comments;
using Byline.Media;
using Byline.Notifications;
using Byline.Planning;
using Byline.Publishing;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Byline.Content;
using Byline.Transfer;
using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

/// <summary>
/// The provider-neutral model. Each database engine has its own sealed subclass
/// (<see cref="SqliteBylineDb"/>, <see cref="PostgresBylineDb"/>) with its own migrations.
/// </summary>
public abstract class BylineDb(DbContextOptions options) : IdentityUserContext<StaffUser, int>(options)
{
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuthorContact> AuthorContacts => Set<AuthorContact>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<PendingCopy> PendingCopies => Set<PendingCopy>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<StoryNote> StoryNotes => Set<StoryNote>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();
    public DbSet<SiteSecret> SiteSecrets => Set<SiteSecret>();
    /// <summary>
    /// The stories, less those in the trash: every query that starts here leaves the trash out, so no reader page, feed,
    /// sitemap, search, newsroom list or scheduler can forget it. (A query filter would say the same, but EF Core's
    /// compiled models cannot carry one.) Reads and writes that mean the trash too start from <see cref="AllArticles"/>.
    /// </summary>
    public IQueryable<Article> Articles => Set<Article>().Where(a => a.TrashedAt == null);

    /// <summary>Every story, those in the trash included: for the trash itself, slugs, backups and adding stories.</summary>
    public DbSet<Article> AllArticles => Set<Article>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<ArticleRedirect> ArticleRedirects => Set<ArticleRedirect>();
    public DbSet<RelatedStory> RelatedStories => Set<RelatedStory>();
    public DbSet<PathRedirect> PathRedirects => Set<PathRedirect>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<StaticPage> StaticPages => Set<StaticPage>();
    public DbSet<MenuItem> MenuItems => Set<MenuItem>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<ImportedItem> ImportedItems => Set<ImportedItem>();
    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<AssignmentReporter> AssignmentReporters => Set<AssignmentReporter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BylineDb).Assembly);
        builder.HasDbFunction(typeof(SqlText).GetMethod(nameof(SqlText.Lower))!).HasName("lower").IsBuiltIn();
    }
}
