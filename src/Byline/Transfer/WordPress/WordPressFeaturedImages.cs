using System.Globalization;
using Byline.Content;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// A story's featured image (its <c>_thumbnail_id</c> attachment): set at once when the attachment came earlier in the
/// file, else once the whole file is read. Across batches only ids are kept.
/// </summary>
internal sealed class WordPressFeaturedImages(WordPressImportState state)
{
    private readonly List<(Article Story, string AttachmentId, int Line)> _inBatch = [];
    private readonly List<(int ArticleId, string AttachmentId, int Line)> _later = [];

    public void Set(Article article, WxrItem item)
    {
        if (!item.Meta.TryGetValue("_thumbnail_id", out var thumbnail) || thumbnail.Length == 0)
        {
            return;
        }
        if (state.Imported.TryGetValue((ImportKinds.Attachment, thumbnail), out var mediaId))
        {
            if (mediaId != WordPressUploadsFolder.DryRunMediaId)
            {
                article.FeaturedImageId = mediaId;
            }
            return;
        }
        // The attachment may come later in the file; the story's id is known once its batch is saved.
        _inBatch.Add((article, thumbnail, item.Line));
    }

    /// <summary>The batch is saved: its stories are remembered by id.</summary>
    public void EndBatch()
    {
        foreach (var (story, attachmentId, line) in _inBatch)
        {
            _later.Add((story.Id, attachmentId, line));
        }
        _inBatch.Clear();
    }

    public async Task SetLateAsync(CancellationToken cancellationToken)
    {
        foreach (var (articleId, attachmentId, line) in _later)
        {
            if (state.Imported.TryGetValue((ImportKinds.Attachment, attachmentId), out var mediaId))
            {
                if (mediaId == WordPressUploadsFolder.DryRunMediaId)
                {
                    continue;
                }
                await state.Db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.FeaturedImageId, mediaId), cancellationToken);
            }
            else
            {
                state.Report.Note(line, "post", articleId.ToString(CultureInfo.InvariantCulture), $"its featured image (attachment {attachmentId}) was not imported");
            }
        }
    }
}
