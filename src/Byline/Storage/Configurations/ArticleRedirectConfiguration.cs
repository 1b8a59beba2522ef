using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class ArticleRedirectConfiguration : IEntityTypeConfiguration<ArticleRedirect>
{
    public void Configure(EntityTypeBuilder<ArticleRedirect> builder)
    {
        builder.Property(r => r.Path).HasMaxLength(ArticleRedirect.PathMaxLength);
        builder.HasIndex(r => r.Path).IsUnique();
        builder.HasIndex(r => r.ArticleId);
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
