using System.Globalization;
using Byline.Comments;
using Byline.Content;

namespace Byline.Transfer.WordPress;

/// <summary>
/// A post's comments: their threads (a reply to a comment of an earlier run included), states and avatars. Comments on
/// a story readers already see (a later export's new comments) wait for the import's last transaction.
/// </summary>
internal sealed class WordPressComments(WordPressImportState state, CommenterFingerprints fingerprints)
{
    private readonly List<(Comment Comment, string WordPressId)> _onPublicStories = [];

    /// <summary>
    /// The item's comments not imported before: onto <paramref name="article"/> when the story is new (saved with it), else
    /// held for <see cref="AddOnPublicStories"/> (the story with <paramref name="existingArticleId"/> is public already).
    /// </summary>
    public async Task ImportAsync(WxrItem item, int? existingArticleId, Article? article, string storyLabel, CancellationToken cancellationToken)
    {
        if (item.Comments.Count == 0)
        {
            return;
        }
        var report = state.Report;
        var markdown = state.Markdown;
        var count = report[WordPressImportReport.Comments];
        var made = new Dictionary<string, Comment>(StringComparer.Ordinal);
        var skippedTypes = 0;
        foreach (var wp in item.Comments)
        {
            if (wp.Id.Length > 0 && state.Imported.ContainsKey((ImportKinds.Comment, wp.Id)))
            {
                count.AlreadyThere++;
                continue;
            }
            if (wp.Type is "pingback" or "trackback")
            {
                count.NotImported++;
                skippedTypes++;
                continue;
            }
            var label = $"{wp.Id} on post {storyLabel}";
            var email = wp.AuthorEmail.Trim().ToLowerInvariant();
            var body = CommentText.Normalize(markdown.PlainText(wp.Content));
            if (body.Length == 0)
            {
                count.NotImported++;
                report.Note(wp.Line, "comment", label, "an empty comment: not imported");
                continue;
            }
            if (body.Length > Comment.BodyMaxLength)
            {
                body = body[..Comment.BodyMaxLength];
                report.Note(wp.Line, "comment", label, $"longer than {Comment.BodyMaxLength:N0} characters: shortened");
            }
            var comment = new Comment
            {
                AuthorName = WordPressImportRun.Shorten(wp.AuthorName.Length > 0 ? markdown.Text(wp.AuthorName) : "Anonymous", Comment.NameMaxLength),
                AuthorEmail = WordPressImportRun.Shorten(email, Comment.EmailMaxLength),
                AuthorWebsite = wp.AuthorUrl.Length is > 0 and <= Comment.WebsiteMaxLength && Uri.TryCreate(wp.AuthorUrl, UriKind.Absolute, out _) ? wp.AuthorUrl : null,
                Body = body,
                Status = wp.Approved switch
                {
                    "1" or "approve" => CommentStatus.Approved,
                    "spam" => CommentStatus.Spam,
                    "trash" => CommentStatus.Trash,
                    _ => CommentStatus.Pending,
                },
                HoldReason = wp.Approved is "1" or "approve" ? null : "Imported from WordPress, where it was " + (wp.Approved switch { "spam" => "marked as spam", "trash" => "in the trash", _ => "held for moderation" }),
                AvatarSeed = await fingerprints.AvatarSeedAsync(email.Length > 0 ? email : "wordpress:" + wp.AuthorName, cancellationToken),
                CreatedAt = WxrDates.Parse(wp.DateGmt) ?? WxrDates.Parse(wp.Date) ?? article?.PublishedAt ?? state.Now,
            };
            if (article is not null)
            {
                article.Comments.Add(comment);
                if (wp.Id.Length > 0)
                {
                    state.Staging.Remember(ImportKinds.Comment, wp.Id, comment);
                }
            }
            else
            {
                // Readers already see this story: its new comments wait for the import's last transaction.
                comment.ArticleId = existingArticleId!.Value;
                _onPublicStories.Add((comment, wp.Id));
            }
            if (wp.Id.Length > 0)
            {
                made[wp.Id] = comment;
            }
            count.Imported++;
        }
        foreach (var wp in item.Comments.Where(c => c.ParentId is { Length: > 0 } and not "0" && made.ContainsKey(c.Id)))
        {
            if (made.TryGetValue(wp.ParentId, out var parent))
            {
                made[wp.Id].Parent = parent;
            }
            else if (state.Imported.TryGetValue((ImportKinds.Comment, wp.ParentId), out var parentId))
            {
                made[wp.Id].ParentId = parentId;
            }
            else
            {
                report.Note(wp.Line, "comment", $"{wp.Id} on post {storyLabel}", $"it answers comment {wp.ParentId}, which is not in the export: imported as a comment of its own");
            }
        }
        if (skippedTypes > 0)
        {
            report.Note(item.Line, "post", storyLabel, string.Create(CultureInfo.InvariantCulture, $"{skippedTypes} pingbacks or trackbacks not imported"));
        }
    }

    /// <summary>In the import's last transaction: the comments held for stories readers already see.</summary>
    public void AddOnPublicStories()
    {
        foreach (var (comment, wordPressId) in _onPublicStories)
        {
            state.Db.Comments.Add(comment);
            if (wordPressId.Length > 0)
            {
                state.Staging.Remember(ImportKinds.Comment, wordPressId, comment);
            }
        }
    }
}
