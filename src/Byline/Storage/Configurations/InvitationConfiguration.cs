using Byline.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        // No foreign key, like CreatedById: accepting checks that the profile still exists, and SQLite would have to
        // rebuild the table outside a transaction to add one.
        builder.HasIndex(i => i.PersonId);
    }
}
