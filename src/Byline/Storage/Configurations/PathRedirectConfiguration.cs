using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class PathRedirectConfiguration : IEntityTypeConfiguration<PathRedirect>
{
    public void Configure(EntityTypeBuilder<PathRedirect> builder)
    {
        builder.Property(r => r.Path).HasMaxLength(ArticleRedirect.PathMaxLength);
        builder.Property(r => r.Target).HasMaxLength(ArticleRedirect.PathMaxLength);
        builder.HasIndex(r => r.Path).IsUnique();
    }
}
