using Byline.Content;
using Byline.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<PreviewLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.Property(l => l.CreatedByName).HasMaxLength(PreviewLink.CreatedByNameMaxLength);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.ArticleId);
        // Deleting a story deletes its links with it.
        builder.HasOne<Article>().WithMany().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
