using Byline.Content;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>The old site's addresses of a story, each sent on to the story here (an address the site has already stays as it is).</summary>
internal sealed class WordPressRedirects(WordPressImportState state)
{
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public async Task StartAsync(CancellationToken cancellationToken) =>
        _paths.UnionWith(await state.Db.ArticleRedirects.AsNoTracking().Select(r => r.Path).ToListAsync(cancellationToken));

    public void Add(WxrItem item, bool isPage, Article article)
    {
        var count = state.Report[WordPressImportReport.Redirects];
        foreach (var path in WordPressPostParts.OldPaths(item, isPage).Distinct())
        {
            if (_paths.Add(path))
            {
                state.Db.ArticleRedirects.Add(new ArticleRedirect { Path = path, Article = article, CreatedAt = state.Now });
                count.Imported++;
            }
            else
            {
                count.AlreadyThere++;
            }
        }
    }
}
