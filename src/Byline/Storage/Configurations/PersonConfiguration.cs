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
        builder.HasIndex(p => p.Slug).IsUnique();
    }
}
