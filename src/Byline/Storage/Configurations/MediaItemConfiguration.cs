using Byline.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.Property(m => m.StorageKey).HasMaxLength(64);
        builder.Property(m => m.OriginalFileName).HasMaxLength(255);
        builder.Property(m => m.ContentType).HasMaxLength(64);
        builder.Property(m => m.VariantWidths).HasMaxLength(64);
        builder.Property(m => m.AltText).HasMaxLength(MediaItem.AltTextMaxLength);
        builder.Property(m => m.Caption).HasMaxLength(MediaItem.CaptionMaxLength);
        builder.Property(m => m.Credit).HasMaxLength(MediaItem.CreditMaxLength);
        builder.Ignore(m => m.Widths);
        builder.HasIndex(m => m.StorageKey).IsUnique();
        builder.HasIndex(m => m.UploadedAt);
        // No query filter here: a story keeps showing its featured image while the image waits in the trash.
        builder.HasIndex(m => m.TrashedAt);
    }
}
