using Byline.Comments;
using Byline.Content;
using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

/// <summary>
/// The provider-neutral model. Each database engine has its own sealed subclass
/// (<see cref="SqliteBylineDb"/>, <see cref="PostgresBylineDb"/>) with its own migrations.
/// </summary>
public abstract class BylineDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<ArticleRedirect> ArticleRedirects => Set<ArticleRedirect>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Comment> Comments => Set<Comment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BylineDb).Assembly);
    }
}
