using Byline.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Byline.Storage.Configurations;

internal sealed class RelatedStoryConfiguration : IEntityTypeConfiguration<RelatedStory>
{
    public void Configure(EntityTypeBuilder<RelatedStory> builder)
    {
        builder.HasKey(r => new { r.ArticleId, r.RelatedArticleId });
        // "Which lists show this story?" when it leaves the site.
        builder.HasIndex(r => r.RelatedArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
