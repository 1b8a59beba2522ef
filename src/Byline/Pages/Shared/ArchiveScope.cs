using Byline.Content;
using Byline.Web;

namespace Byline.Pages.Shared;

/// <summary>
/// What a story archive page knows of its subject (an author, a tag, a section): its name and address, the head's
/// description, its cache tag, which published stories are its own, what to say past its last page, and its feeds if it
/// has any.
/// </summary>
public sealed record ArchiveScope(
    string Name,
    string Path,
    string Description,
    string CacheTag,
    Func<IQueryable<Article>, IQueryable<Article>> Stories,
    Func<int, string> NoSuchPage,
    Func<FeedFormat, string>? FeedPath = null);
