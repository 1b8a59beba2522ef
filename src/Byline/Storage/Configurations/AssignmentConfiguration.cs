using Byline.Accounts;
using Byline.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.Property(a => a.WorkingHeadline).HasMaxLength(Assignment.WorkingHeadlineMaxLength);
        builder.Property(a => a.Brief).HasMaxLength(Assignment.BriefMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        // The plan reads a day's lines by their planned time or, without one, by their deadline.
        builder.HasIndex(a => a.PlannedAt);
        builder.HasIndex(a => a.Deadline);
        // A story comes from one assignment at most; many assignments have none yet.
        builder.HasIndex(a => a.ArticleId).IsUnique();
        // A deleted section or story leaves the line on the plan: without a section, or back to "assigned".
        builder.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Reporters).WithOne().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
