using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class PendingCopyConfiguration : IEntityTypeConfiguration<PendingCopy>
{
    public void Configure(EntityTypeBuilder<PendingCopy> builder)
    {
        builder.Property(p => p.Headline).HasMaxLength(Article.HeadlineMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(Article.SlugMaxLength);
        builder.Property(p => p.Standfirst).HasMaxLength(Article.StandfirstMaxLength);
        builder.Property(p => p.Tags).HasMaxLength(2000);
        builder.Property(p => p.AuthorIds).HasMaxLength(200);
        builder.Property(p => p.SeoTitle).HasMaxLength(Article.SeoTitleMaxLength);
        builder.Property(p => p.SeoDescription).HasMaxLength(Article.SeoDescriptionMaxLength);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(StoryKind.News);
        // One copy per story and member: the next autosave replaces it.
        builder.HasIndex(p => new { p.ArticleId, p.UserId }).IsUnique();
        builder.HasOne(p => p.Article).WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
