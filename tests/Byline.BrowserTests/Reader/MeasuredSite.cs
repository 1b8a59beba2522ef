using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.BrowserTests.Reader;

/// <summary>
/// The sample site with every part a reader's page can show filled in, for the measuring tests: besides the sample
/// stories, comments and people, one published correction, so the story's corrections box and /corrections are measured
/// with content rather than empty. It is stored before the first request, so no cached page predates it.
/// </summary>
public sealed class MeasuredSite : BylineHost
{
    /// <summary>The sample story that carries the correction (a City story by Mara Okonkwo, tagged Transport).</summary>
    public const string CorrectedStory = "night-tram-trial-timetable";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDatabaseAsync(async db =>
        {
            var story = await db.Articles.SingleAsync(a => a.Slug == CorrectedStory, CancellationToken.None);
            db.Corrections.Add(new Correction
            {
                ArticleId = story.Id,
                Text = "An earlier version said the trial would cost £130,000. It will cost £310,000.",
                CreatedAt = story.PublishedAt!.Value.AddHours(5),
            });
            return await db.SaveChangesAsync(CancellationToken.None);
        });
    }
}
