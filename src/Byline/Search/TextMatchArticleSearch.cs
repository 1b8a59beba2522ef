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
            // Terms hold only letters and digits, so they carry no LIKE wildcard to escape.
            var pattern = $"%{term}%";
            stories = stories.Where(a =>
                EF.Functions.Like(a.Headline, pattern)
                || EF.Functions.Like(a.Standfirst, pattern)
                || EF.Functions.Like(a.BodyMarkdown, pattern));
        }
        return StoryPage.ReadAsync(stories.NewestFirst().ToSummaries(), page, cancellationToken);
    }
}
