using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(120);
        builder.Property(p => p.Slug).HasMaxLength(120);
        builder.Property(p => p.JobTitle).HasMaxLength(120);
        builder.Property(p => p.Bio).HasMaxLength(2000);
        builder.Property(p => p.Expertise).HasMaxLength(Person.ExpertiseMaxLength);
        builder.Property(p => p.Links).HasMaxLength(Person.LinksMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Slug).IsUnique();
        // Deleting the image from the library leaves the author without a photo, not without a profile.
        builder.HasOne(p => p.Photo).WithMany().HasForeignKey(p => p.PhotoId).OnDelete(DeleteBehavior.SetNull);
    }
}
