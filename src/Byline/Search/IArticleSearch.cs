namespace Byline.Search;

/// <summary>
/// Full-text search of the published stories, one implementation per engine (<see cref="SqliteArticleSearch"/>,
/// <see cref="PostgresArticleSearch"/>). The index is kept in step by whoever changes a story, in the same transaction as
/// the change: <see cref="IndexAsync(int, CancellationToken)"/> joins the caller's transaction when there is one.
/// </summary>
public interface IArticleSearch
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Brings one story's entry up to date: written when it is published, removed when it is not (or is gone).</summary>
    Task IndexAsync(int articleId, CancellationToken cancellationToken);

    /// <summary>The same for many stories at once (a renamed tag or section, a batch of generated stories).</summary>
    Task IndexAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the entries of published stories their writer built with <see cref="SearchDocuments.Of"/> from what it
    /// just stored (a generated archive), sparing the read back; joins the caller's transaction as the others do.
    /// </summary>
    Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>
    /// Rebuilds every entry from the stories and removes entries of stories that are no longer published. Inside the
    /// caller's transaction when there is one (a site restore); otherwise in batches, each committed, so the index stays
    /// usable while it is rebuilt. Returns the number of published stories indexed.
    /// </summary>
    Task<int> ReindexAllAsync(IProgress<SearchReindexProgress>? progress, CancellationToken cancellationToken);

    /// <summary>After many entries were written at once (a rebuild, a generated archive): reorganises the index for reading.</summary>
    Task CompactAsync(CancellationToken cancellationToken);
}
