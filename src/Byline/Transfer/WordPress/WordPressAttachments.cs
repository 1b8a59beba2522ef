namespace Byline.Transfer.WordPress;

/// <summary>Attachments as media items, made from the old site's uploads folder; without the folder, named in the report.</summary>
internal sealed class WordPressAttachments(WordPressImportState state, WordPressUploadsFolder uploads)
{
    public async Task WriteAsync(WxrItem item, CancellationToken cancellationToken)
    {
        var report = state.Report;
        var count = report[WordPressImportReport.Attachments];
        var label = $"{item.PostId} “{WordPressImportRun.Shorten(item.Title, 60)}”".TrimStart();
        var (key, _) = WordPressItemKeys.Of(item);
        if (state.Imported.ContainsKey((ImportKinds.Attachment, key)))
        {
            count.AlreadyThere++;
            return;
        }
        if (!uploads.Given)
        {
            count.NotImported++;
            report.Note(item.Line, "attachment", label, $"the file {item.AttachmentUrl} was not imported: give the old site's wp-content/uploads folder with --uploads");
            return;
        }
        var relative = item.Meta.TryGetValue("_wp_attached_file", out var attached) && attached.Length > 0
            ? attached
            : WordPressUploadsFolder.RelativePath(item.AttachmentUrl);
        if (relative is null)
        {
            count.NotImported++;
            report.Note(item.Line, "attachment", label, $"“{item.AttachmentUrl}” is not in a wp-content/uploads folder");
            return;
        }
        var markdown = state.Markdown;
        var alt = item.Meta.TryGetValue("_wp_attachment_image_alt", out var altText) && altText.Length > 0 ? altText : markdown.Text(item.Title);
        var (image, problem) = await uploads.ImportAsync(relative,
            new ImageDescription(alt, markdown.Text(item.Excerpt), WxrDates.Parse(item.PostDateGmt)), cancellationToken);
        if (image is null)
        {
            count.NotImported++;
            report.Note(item.Line, "attachment", label, problem!);
            return;
        }
        if (image.MediaId == WordPressUploadsFolder.DryRunMediaId)
        {
            state.RecordForThisRun(ImportKinds.Attachment, key, image.MediaId);
        }
        else
        {
            state.Record(ImportKinds.Attachment, key, image.MediaId);
        }
        count.Imported++;
    }
}
