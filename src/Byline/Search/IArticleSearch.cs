using Byline.Web;

namespace Byline.Search;

/// <summary>Finds published stories for the reader's search page.</summary>
public interface IArticleSearch
{
    Task<StoryPage> SearchAsync(string query, PageNumber page, CancellationToken cancellationToken);
}
