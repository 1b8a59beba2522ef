using Byline.Accounts;
using Byline.Content;
using Byline.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.ActorName).HasMaxLength(Notification.ActorNameMaxLength);
        builder.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        // The header's unread count and the list, newest first, are both read by recipient.
        builder.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.Id });
        // The email outbox reads only the last day's notifications.
        builder.HasIndex(n => n.CreatedAt);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
