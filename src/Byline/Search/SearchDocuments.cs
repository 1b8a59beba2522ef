using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Search;

/// <summary>Reads the index's documents from the stories themselves, for both engines: published stories only.</summary>
internal static class SearchDocuments
{
    /// <summary>Those of <paramref name="ids"/> that are published; the others are missing from the answer.</summary>
    public static Task<List<SearchDocument>> OfAsync(BylineDb db, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        ReadAsync(db.Articles.Published().Where(a => ids.Contains(a.Id)), cancellationToken);

    /// <summary>The next <paramref name="take"/> published stories after <paramref name="afterId"/>, by id.</summary>
    public static Task<List<SearchDocument>> AfterAsync(BylineDb db, int afterId, int take, CancellationToken cancellationToken) =>
        ReadAsync(db.Articles.Published().Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(take), cancellationToken);

    private static async Task<List<SearchDocument>> ReadAsync(IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var rows = await articles.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.SectionId,
                a.PublishedAt,
                a.Headline,
                a.Standfirst,
                a.BodyHtml,
                Section = a.Section.Name,
                Tags = a.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                Authors = a.Authors.OrderBy(x => x.Position).Select(x => x.Person.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => Of(r.Id, r.SectionId, r.PublishedAt!.Value, r.Headline, r.Standfirst, r.BodyHtml, r.Section, r.Tags, r.Authors)).ToList();
    }

    /// <summary>
    /// One story's document from its stored fields, for a writer that holds them already (a generated archive):
    /// <paramref name="tags"/> in the database's order of their names, <paramref name="authors"/> in byline order.
    /// </summary>
    public static SearchDocument Of(
        int id, int sectionId, DateTimeOffset publishedAt, string headline, string standfirst, string bodyHtml,
        string section, IEnumerable<string> tags, IEnumerable<string> authors) => new(
            id,
            sectionId,
            publishedAt,
            SearchText.Clean(headline),
            SearchText.Clean(standfirst),
            SearchText.FromHtml(bodyHtml),
            SearchText.Clean(string.Join(", ", tags)),
            SearchText.Clean(section),
            SearchText.Clean(string.Join(", ", authors)));
}
