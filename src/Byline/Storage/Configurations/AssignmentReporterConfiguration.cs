using Byline.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class AssignmentReporterConfiguration : IEntityTypeConfiguration<AssignmentReporter>
{
    public void Configure(EntityTypeBuilder<AssignmentReporter> builder)
    {
        builder.HasKey(r => new { r.AssignmentId, r.UserId });
        // "Your assignments" on the desk and the plan's person filter read by member.
        builder.HasIndex(r => r.UserId);
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
