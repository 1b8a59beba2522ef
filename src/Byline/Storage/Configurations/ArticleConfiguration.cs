using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        // Named here, not by the DbSet: BylineDb's set of every story is AllArticles (its Articles leaves the trash out).
        builder.ToTable("Articles");
        builder.Property(a => a.Headline).HasMaxLength(Article.HeadlineMaxLength);
        builder.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        builder.Property(a => a.Standfirst).HasMaxLength(Article.StandfirstMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(a => a.LastModifiedAt);
        // Existing stories (and rows written by bulk tools that do not name the column) are News.
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(StoryKind.News);
        builder.Property(a => a.SeoTitle).HasMaxLength(Article.SeoTitleMaxLength);
        builder.Property(a => a.SeoDescription).HasMaxLength(Article.SeoDescriptionMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.FeaturedImage).WithMany().HasForeignKey(a => a.FeaturedImageId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.FeaturedImageId);
        builder.HasIndex(a => new { a.CreatedById, a.Status });

        builder.HasIndex(a => a.Slug).IsUnique();
        // The trash (BylineDb.Articles leaves it out; BylineDb.AllArticles reads it). The slug's unique index sees every
        // row, so a story in the trash keeps its address and a restored story never collides.
        builder.HasIndex(a => a.TrashedAt);
        // Every public list: the newest published stories, site-wide and per section.
        builder.HasIndex(a => new { a.Status, a.PublishedAt });
        builder.HasIndex(a => new { a.SectionId, a.Status, a.PublishedAt });

        builder.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity(
            "ArticleTags",
            r => r.HasOne(typeof(Tag)).WithMany().HasForeignKey("TagId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Article)).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("ArticleId", "TagId");
                j.HasIndex("TagId", "ArticleId");
            });
    }
}
