using Byline.Storage;

namespace Byline.Comments;

/// <summary>Stores a reader's valid comment as pending: nothing a reader posts is shown before a moderator approves it.</summary>
public sealed class CommentIntake(BylineDb db, TimeProvider clock, ILogger<CommentIntake> logger)
{
    public async Task<Comment> SubmitAsync(int articleId, CommentSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var comment = new Comment
        {
            ArticleId = articleId,
            AuthorName = submission.Name!.Trim(),
            AuthorEmail = submission.Email!.Trim(),
            AuthorWebsite = string.IsNullOrWhiteSpace(submission.Website) ? null : submission.Website.Trim(),
            Body = submission.Body!.Trim().ReplaceLineEndings("\n"),
            Status = CommentStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Comment {CommentId} on article {ArticleId} received and held for moderation", comment.Id, articleId);
        return comment;
    }
}
