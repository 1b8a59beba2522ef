using Byline.Content;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;

namespace Byline.Search;

/// <summary>
/// Every word must appear in the headline, standfirst or body; newest first. A plain pattern match that works on
/// every engine; ranked full-text search replaces it when an engine-specific index is built.
/// </summary>
public sealed class TextMatchArticleSearch(BylineDb db) : IArticleSearch
{
    public Task<StoryPage> SearchAsync(string query, PageNumber page, CancellationToken cancellationToken)
    {
        var stories = db.Articles.AsNoTracking().Published();
        foreach (var term in SearchTerms.Parse(query))
        {
            var pattern = LikePattern.Containing(term);
            stories = stories.Where(a =>
                EF.Functions.Like(SqlText.Lower(a.Headline), pattern, LikePattern.Escape)
                || EF.Functions.Like(SqlText.Lower(a.Standfirst), pattern, LikePattern.Escape)
                || EF.Functions.Like(SqlText.Lower(a.BodyMarkdown), pattern, LikePattern.Escape));
        }
        return StoryPage.ReadAsync(stories.NewestFirst().ToSummaries(), page, cancellationToken);
    }
}
