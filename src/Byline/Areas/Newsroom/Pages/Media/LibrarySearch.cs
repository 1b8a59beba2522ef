using Byline.Media;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>
/// The library's search, shared by its page and the editor's picker: every term must appear in the alt text, caption,
/// credit or file name; newest first.
/// </summary>
public static class LibrarySearch
{
    public static IQueryable<MediaItem> Matching(IQueryable<MediaItem> images, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var term in terms)
        {
            var pattern = LikePattern.Containing(term);
            images = images.Where(m =>
                EF.Functions.Like(SqlText.Lower(m.AltText), pattern, LikePattern.Escape)
                || EF.Functions.Like(SqlText.Lower(m.Caption), pattern, LikePattern.Escape)
                || EF.Functions.Like(SqlText.Lower(m.Credit), pattern, LikePattern.Escape)
                || EF.Functions.Like(SqlText.Lower(m.OriginalFileName), pattern, LikePattern.Escape));
        }
        return images.OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id);
    }
}
