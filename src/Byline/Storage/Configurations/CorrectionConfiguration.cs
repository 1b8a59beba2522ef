using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Correction.TextMaxLength);
        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => c.ArticleId);
        builder.HasOne(c => c.Article).WithMany(a => a.Corrections).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
