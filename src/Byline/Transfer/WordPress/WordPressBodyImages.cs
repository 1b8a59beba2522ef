using System.Globalization;

namespace Byline.Transfer.WordPress;

/// <summary>
/// The images of a post that live in the old site's uploads folder, made into media items, with the address each old
/// address now has. Without the folder they keep pointing at the old site, and the report says so.
/// </summary>
internal sealed class WordPressBodyImages(WordPressImportState state, WordPressUploadsFolder uploads)
{
    public async Task<Dictionary<string, string>> ImportAsync(WxrItem item, string kindName, string label, CancellationToken cancellationToken)
    {
        var local = new Dictionary<string, string>(StringComparer.Ordinal);
        var report = state.Report;
        var count = report[WordPressImportReport.BodyImages];
        var missing = 0;
        foreach (var (address, alt) in WordPressPostParts.BodyImages(item.Content))
        {
            if (local.ContainsKey(address) || WordPressUploadsFolder.RelativePath(address) is not { } relative)
            {
                continue;
            }
            if (!uploads.Given)
            {
                missing++;
                continue;
            }
            var (image, problem) = await uploads.ImportAsync(uploads.PreferredFile(relative),
                new ImageDescription(alt.Length > 0 ? alt : state.Markdown.Text(item.Title), "", WxrDates.Parse(item.PostDateGmt)), cancellationToken);
            if (image is null)
            {
                count.NotImported++;
                report.Note(item.Line, kindName, label, $"its image {address} still points at the old site: {problem}");
                continue;
            }
            count.Imported++;
            if (image.Address is { } localAddress)
            {
                local[address] = localAddress;
            }
        }
        if (missing > 0)
        {
            count.NotImported += missing;
            report.Note(item.Line, kindName, label, string.Create(CultureInfo.InvariantCulture,
                $"{missing} of its images still point at the old site: give the old site's wp-content/uploads folder with --uploads"));
        }
        return local;
    }
}
