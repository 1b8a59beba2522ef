using Byline.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.ActorName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.Subject).HasMaxLength(64);
        builder.Property(e => e.Details).HasMaxLength(4000);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Action, e.At });
        builder.HasIndex(e => new { e.ActorId, e.At });
    }
}
