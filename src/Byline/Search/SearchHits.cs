using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Search;

/// <summary>Turns the ids an engine ranked into results: the stories' display fields and their snippets, in rank order.</summary>
internal static class SearchHits
{
    public static async Task<IReadOnlyList<SearchHit>> ReadAsync(BylineDb db, IReadOnlyList<int> ranked, SearchQuery query, CancellationToken cancellationToken)
    {
        if (ranked.Count == 0)
        {
            return [];
        }
        var rows = await db.Articles.AsNoTracking().Published()
            .Where(a => ranked.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Headline,
                a.Slug,
                a.Standfirst,
                a.BodyHtml,
                SectionName = a.Section.Name,
                SectionSlug = a.Section.Slug,
                a.PublishedAt,
                a.Kind,
                Authors = a.Authors.OrderBy(x => x.Position).Select(x => new SearchHitAuthor(x.Person.Name, x.Person.Slug)).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        // An entry whose story was changed a moment ago (or left behind) is skipped rather than shown wrong.
        return ranked.Where(rows.ContainsKey).Select(id =>
        {
            var row = rows[id];
            var standfirst = SearchText.Clean(row.Standfirst);
            var marked = SearchSnippet.Excerpt(SearchText.FromHtml(row.BodyHtml), query)
                ?? SearchSnippet.Excerpt(standfirst, query, maxWords: 60)
                ?? SearchSnippet.Lead(standfirst.Length > 0 ? standfirst : SearchText.FromHtml(row.BodyHtml));
            return new SearchHit(row.Id, row.Headline, row.Slug, row.SectionName, row.SectionSlug, row.PublishedAt!.Value, row.Authors, SearchSnippet.ToHtml(marked)) { Kind = row.Kind };
        }).ToList();
    }
}
