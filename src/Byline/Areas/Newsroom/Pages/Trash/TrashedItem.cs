using Byline.Content;

namespace Byline.Areas.Newsroom.Pages.Trash;

/// <summary>One story or image in the trash, as its list shows it.</summary>
public sealed record TrashedItem(
    int Id,
    string Title,
    string Detail,
    ArticleStatus? Status,
    DateTimeOffset TrashedAt,
    string? TrashedBy,
    bool CanRestore);
