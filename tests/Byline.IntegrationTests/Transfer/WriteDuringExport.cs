using Byline.Comments;
using Byline.Testing;
using Byline.Transfer;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer;

/// <summary>
/// A reader posting a comment while a backup is being written: once the export has written the stories (and so holds
/// its snapshot), a comment is stored through another connection, as the running site would store it.
/// </summary>
internal sealed class WriteDuringExport(BylineHost host) : IProgress<TransferProgress>
{
    public const string Email = "late.comer@example.net";

    /// <summary>True once the comment is stored; the export cannot go on until then, so it was stored mid-export.</summary>
    public bool StoredMidExport { get; private set; }

    public void Report(TransferProgress value)
    {
        if (value is not { Kind: "articles", Done: true })
        {
            return;
        }
        // Progress is reported synchronously from inside the export: a write that had to wait for the export would time out.
        host.WithDatabaseAsync(async db =>
        {
            var story = await db.Articles.OrderBy(a => a.Id).FirstAsync();
            db.Comments.Add(new Comment
            {
                ArticleId = story.Id,
                AuthorName = "Late Comer",
                AuthorEmail = Email,
                Body = "Posted while the backup was running.",
                Status = CommentStatus.Approved,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        }).GetAwaiter().GetResult();
        StoredMidExport = true;
    }
}
