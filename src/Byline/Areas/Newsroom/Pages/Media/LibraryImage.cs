using Byline.Media;

namespace Byline.Areas.Newsroom.Pages.Media;

/// <summary>One image in the library grid, with the number of stories that feature it.</summary>
public sealed record LibraryImage(MediaItem Item, int StoryCount);
