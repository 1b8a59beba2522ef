using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.Headline).HasMaxLength(Article.HeadlineMaxLength);
        builder.Property(r => r.Slug).HasMaxLength(Article.SlugMaxLength);
        builder.Property(r => r.Standfirst).HasMaxLength(Article.StandfirstMaxLength);
        builder.Property(r => r.Tags).HasMaxLength(2000);
        builder.Property(r => r.AuthorIds).HasMaxLength(200);
        builder.Property(r => r.SeoTitle).HasMaxLength(Article.SeoTitleMaxLength);
        builder.Property(r => r.SeoDescription).HasMaxLength(Article.SeoDescriptionMaxLength);
        // Revisions kept before story types were News.
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(StoryKind.News);
        builder.Property(r => r.SavedByName).HasMaxLength(120);
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
