using Byline.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.AuthorName).HasMaxLength(Comment.NameMaxLength);
        builder.Property(c => c.AuthorEmail).HasMaxLength(Comment.EmailMaxLength);
        builder.Property(c => c.AuthorWebsite).HasMaxLength(Comment.WebsiteMaxLength);
        builder.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.HoldReason).HasMaxLength(Comment.HoldReasonMaxLength);
        builder.Property(c => c.ClientHash).HasMaxLength(64);
        builder.Property(c => c.AvatarSeed).HasMaxLength(32);
        // Rate limits and "has this email an approved comment?" look comments up by poster.
        builder.HasIndex(c => new { c.AuthorEmail, c.Status });
        builder.HasIndex(c => new { c.ClientHash, c.CreatedAt });
        // A form token posts one comment: a second post with it fails here even when two nodes take both at once.
        builder.HasIndex(c => c.FormTokenId).IsUnique();

        // The approved conversation under a story, oldest first; and the moderation queue.
        builder.HasIndex(c => new { c.ArticleId, c.Status, c.CreatedAt });
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
        builder.HasOne(c => c.Article).WithMany(a => a.Comments).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
