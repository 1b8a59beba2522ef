using Byline.Accounts;
using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class StoryNoteConfiguration : IEntityTypeConfiguration<StoryNote>
{
    public void Configure(EntityTypeBuilder<StoryNote> builder)
    {
        builder.Property(n => n.Body).HasMaxLength(StoryNote.BodyMaxLength);
        builder.Property(n => n.AuthorName).HasMaxLength(StoryNote.AuthorNameMaxLength);
        builder.Property(n => n.ResolvedByName).HasMaxLength(StoryNote.AuthorNameMaxLength);
        builder.Property(n => n.AnchorText).HasMaxLength(StoryNote.AnchorTextMaxLength);
        builder.HasIndex(n => new { n.ArticleId, n.Id });
        // Deleting or purging a story takes its notes, replies and all.
        builder.HasOne(n => n.Article).WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // Replies go with the note they answer. Cascade rather than restrict: when a story goes, its notes and their
        // replies are deleted by one statement, in an order a restricting key would refuse.
        builder.HasOne<StoryNote>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Cascade);
        // A member who leaves keeps their name on their notes.
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.ResolvedById).OnDelete(DeleteBehavior.SetNull);
    }
}
