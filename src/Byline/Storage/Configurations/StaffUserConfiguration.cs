using Byline.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => u.PersonId).IsUnique();
    }
}
