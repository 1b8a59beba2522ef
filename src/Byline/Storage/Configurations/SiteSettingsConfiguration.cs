using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(120);
        builder.Property(s => s.Description).HasMaxLength(300);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.CommentPolicy).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.BlockedWords).HasMaxLength(8000);
        builder.Property(s => s.HeldWords).HasMaxLength(8000);
    }
}
