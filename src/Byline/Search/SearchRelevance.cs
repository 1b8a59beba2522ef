namespace Byline.Search;

/// <summary>
/// Relevance on SQLite, computed for the candidates alone: how many of the query's words or phrases the headline holds
/// (weight 10) and the standfirst holds (weight 4), on top of the match itself (1), divided by 1 + age in years. FTS5's
/// bm25 would need a pass over every match of each word for its document frequencies first, which for a common word
/// in a million stories costs more than the whole search may take.
/// </summary>
internal static class SearchRelevance
{
    public const int HeadlineWeight = 10;
    public const int StandfirstWeight = 4;

    private const double TicksPerYear = 365.0 * TimeSpan.TicksPerDay;

    public static double Score(SearchQuery query, string headline, string standfirst, DateTimeOffset publishedAt, DateTimeOffset now)
    {
        var words = (HeadlineWeight * TermsIn(headline, query)) + (StandfirstWeight * TermsIn(standfirst, query)) + 1;
        return words / (1.0 + (Math.Max(0, (now - publishedAt).Ticks) / TicksPerYear));
    }

    /// <summary>How many different words or phrases of the query (those not excluded) occur in <paramref name="text"/>.</summary>
    public static int TermsIn(string text, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var wanted = query.Terms.Where(t => !t.Excluded).ToList();
        // Most candidates hold none of the words in their headline or standfirst: a substring test of the folded text
        // rules them out before the text is split into words.
        var whole = SearchText.Fold(SearchText.Clean(text));
        if (!wanted.Exists(t => whole.Contains(t.Words[0], StringComparison.Ordinal)))
        {
            return 0;
        }
        var folded = SearchText.Words(whole).Select(w => w.Value).ToList();
        var found = 0;
        foreach (var term in wanted)
        {
            for (var at = 0; at < folded.Count; at++)
            {
                if (SearchSnippet.MatchesAt(folded, at, term))
                {
                    found++;
                    break;
                }
            }
        }
        return found;
    }
}
