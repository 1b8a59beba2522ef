using Byline.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class ImportedItemConfiguration : IEntityTypeConfiguration<ImportedItem>
{
    public void Configure(EntityTypeBuilder<ImportedItem> builder)
    {
        builder.Property(i => i.Source).HasMaxLength(ImportedItem.SourceMaxLength);
        builder.Property(i => i.Kind).HasMaxLength(ImportedItem.KindMaxLength);
        builder.Property(i => i.ExternalId).HasMaxLength(ImportedItem.ExternalIdMaxLength);
        builder.HasIndex(i => new { i.Source, i.Kind, i.ExternalId }).IsUnique();
    }
}
