using System.Net;
using Byline.IntegrationTests.Comments;
using Byline.Testing;
using Byline.Transfer.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// A reader on the site halfway through an import (progress is reported from inside the import, between items): they
/// post a comment on a sample story, and look at the front page, a search and an old WordPress short link.
/// </summary>
internal sealed class ReadingDuringImport(BylineHost host, string storyPath) : IProgress<WordPressImportProgress>
{
    public const string CommentBody = "Posted while the WordPress import was running.";

    public bool Looked { get; private set; }
    public HttpStatusCode CommentStatus { get; private set; }
    public string FrontPage { get; private set; } = "";
    public string SearchPage { get; private set; } = "";
    public HttpStatusCode ShortLinkStatus { get; private set; }

    /// <summary>Imported stories already in the database (committed) when the reader looked.</summary>
    public int StoriesWritten { get; private set; }

    public void Report(WordPressImportProgress value)
    {
        if (Looked || value.KilobytesTotal == 0 || value.KilobytesRead < value.KilobytesTotal / 2 || value.KilobytesRead >= value.KilobytesTotal)
        {
            return;
        }
        Looked = true;
        LookAsync().GetAwaiter().GetResult();
    }

    private async Task LookAsync()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var reader = host.CreateReader();
        var form = await CommentForm.ReadAsync(reader, storyPath);
        using (var posted = await reader.SendAsync(form.Post("Ida Marsh", "ida.marsh@example.net", null, CommentBody), cancel))
        {
            CommentStatus = posted.StatusCode;
        }
        await host.EvictCachedPagesAsync();
        FrontPage = await reader.GetStringAsync(new Uri("/", UriKind.Relative), cancel);
        SearchPage = await reader.GetStringAsync(new Uri($"/search?q={GeneratedExport.Word}", UriKind.Relative), cancel);
        using (var shortLink = await reader.GetAsync(new Uri($"/?p={GeneratedExport.FirstPostId}", UriKind.Relative), cancel))
        {
            ShortLinkStatus = shortLink.StatusCode;
        }
        StoriesWritten = await host.WithDatabaseAsync(db => db.Articles.CountAsync(a => a.Headline.StartsWith("Generated "), cancel));
    }
}
