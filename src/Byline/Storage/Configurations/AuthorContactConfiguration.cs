using Byline.Accounts;
using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class AuthorContactConfiguration : IEntityTypeConfiguration<AuthorContact>
{
    public void Configure(EntityTypeBuilder<AuthorContact> builder)
    {
        builder.HasKey(c => c.PersonId);
        builder.Property(c => c.PersonId).ValueGeneratedNever();
        builder.Property(c => c.Email).HasMaxLength(AuthorContact.EmailMaxLength);
        builder.HasOne<Person>().WithOne().HasForeignKey<AuthorContact>(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
