using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests;

/// <summary>The sample site plus <see cref="ExtraStories"/> older stories by Devika Rao in the Environment section, for paging.</summary>
public class LargeArchiveHost : BylineHost
{
    public const int ExtraStories = 45;
    public const string Section = "environment";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDatabaseAsync(async db =>
        {
            var section = await db.Sections.SingleAsync(s => s.Slug == Section);
            var author = await db.People.SingleAsync(p => p.Slug == "devika-rao");
            var oldest = DateTimeOffset.UtcNow.AddYears(-1);
            for (var i = 1; i <= ExtraStories; i++)
            {
                db.AllArticles.Add(new Article
                {
                    Headline = $"Archive tide table number {i}",
                    Slug = $"archive-tide-table-{i}",
                    Standfirst = $"The tide table for week {i} of last year.",
                    BodyMarkdown = "High water and low water times.",
                    BodyHtml = "<p>High water and low water times.</p>",
                    WordCount = 6,
                    ReadingMinutes = 1,
                    SectionId = section.Id,
                    Authors = [new ArticleAuthor { PersonId = author.Id }],
                    Status = ArticleStatus.Published,
                    CreatedAt = oldest,
                    PublishedAt = oldest.AddDays(i),
                });
            }
            return await db.SaveChangesAsync();
        });
    }
}
