using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class StaticPageConfiguration : IEntityTypeConfiguration<StaticPage>
{
    public void Configure(EntityTypeBuilder<StaticPage> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(StaticPage.TitleMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(Slugs.MaxLength);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Description).HasMaxLength(StaticPage.DescriptionMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Slug).IsUnique();
    }
}
