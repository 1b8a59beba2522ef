using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> builder)
    {
        builder.Property(m => m.Menu).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Label).HasMaxLength(MenuItem.LabelMaxLength);
        builder.Property(m => m.Path).HasMaxLength(MenuItem.PathMaxLength);
        builder.HasIndex(m => new { m.Menu, m.Position });
        // A link to a page or a section goes with it: a menu never points at nothing.
        builder.HasOne<StaticPage>().WithMany().HasForeignKey(m => m.StaticPageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Section>().WithMany().HasForeignKey(m => m.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
