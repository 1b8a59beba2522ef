namespace Byline.Search;

/// <summary>
/// What a reader typed, read as words (all must match), "exact phrases", -excluded words and prefixes (venez*, at least
/// two letters before the star). Anything else is not syntax: quotes left open, NEAR, a lone *, column filters (title:),
/// parentheses, SQL, control characters are read as plain words or dropped, and only the first
/// <see cref="MaxLength"/> characters and <see cref="MaxTerms"/> terms count. The engines get a query built from the
/// folded words alone (<see cref="ToFts5"/>, <see cref="ToTsQuery"/>), passed as one parameter.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxTerms = 12;
    public const int MaxLength = 1_000;
    public const int MinPrefixLength = 2;
    public const int MaxPhraseWords = 10;

    /// <summary>Characters that join the parts of one written word: night-tram, O'Brien, 3.5, larkhaven.gov.</summary>
    private const string Joiners = "-'’._@&\u2010\u2011";

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The query as typed, cleaned of control characters and cut at <see cref="MaxLength"/>: what the search box shows again.</summary>
    public string Text { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    public bool IsEmpty => Text.Length == 0;

    /// <summary>At least one word or phrase to look for (excluded words alone find nothing).</summary>
    public bool IsSearchable => Terms.Any(t => !t.Excluded);

    /// <summary>Why a query that is not empty cannot be searched, in words for the reader; null when it can be (or is empty).</summary>
    public string? Problem => IsEmpty || IsSearchable ? null
        : Terms.Count == 0
            ? $"“{Shorten(Text)}” holds no word to search for. Search with letters or numbers, for example harbour or \"night tram\"."
            : "Add a word to look for: words with a minus sign (-budget) only leave stories out.";

    /// <summary>The terms as a reader would type them: the canonical form of the query.</summary>
    public string Normalized => string.Join(' ', Terms);

    public static SearchQuery Parse(string? input)
    {
        var text = SearchText.Clean(input);
        if (text.Length > MaxLength)
        {
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        }
        text = text.Trim();

        var terms = new List<SearchTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(SearchTerm? term)
        {
            if (term is not null && terms.Count < MaxTerms && seen.Add(term.ToString()))
            {
                terms.Add(term);
            }
        }

        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = false;
            if (text[i] is '-' or '\u2212' && i + 1 < text.Length && (IsQuote(text[i + 1]) || char.IsLetterOrDigit(text[i + 1])))
            {
                excluded = true;
                i++;
            }
            if (IsQuote(text[i]))
            {
                var close = text.IndexOfAny(Quotes, i + 1);
                if (close < 0)
                {
                    // A quote left open: what follows is read as plain words.
                    i++;
                    continue;
                }
                var inner = text[(i + 1)..close].TrimEnd();
                var prefix = inner.EndsWith('*');
                var words = SearchText.Words(inner).Select(m => m.Value).ToList();
                Add(Term(words, prefix && inner.Length > 1 && char.IsLetterOrDigit(inner[^2]), excluded));
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !IsQuote(text[end]))
            {
                end++;
            }
            foreach (var term in Chunk(text[i..end], excluded))
            {
                Add(term);
            }
            i = end;
        }
        return new SearchQuery(text, terms);
    }

    /// <summary>The FTS5 MATCH expression: each term a quoted string, so no operator or column filter can get in.</summary>
    public string ToFts5()
    {
        EnsureSearchable();
        static string Quoted(SearchTerm term) => "\"" + string.Join(' ', term.Words) + "\"" + (term.Prefix ? "*" : "");
        var wanted = string.Join(" AND ", Terms.Where(t => !t.Excluded).Select(Quoted));
        var unwanted = Terms.Where(t => t.Excluded).Select(t => " NOT " + Quoted(t)).ToList();
        return unwanted.Count == 0 ? wanted : $"({wanted}){string.Concat(unwanted)}";
    }

    /// <summary>The PostgreSQL tsquery text for <c>to_tsquery</c>: quoted lexemes joined by &amp;, &lt;-&gt; and !.</summary>
    public string ToTsQuery()
    {
        EnsureSearchable();
        static string Lexemes(SearchTerm term)
        {
            var parts = term.Words.Select((word, index) =>
                "'" + word.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'"
                + (term.Prefix && index == term.Words.Count - 1 ? ":*" : ""));
            return term.IsPhrase ? "(" + string.Join(" <-> ", parts) + ")" : parts.Single();
        }
        return string.Join(" & ", Terms.Select(t => (t.Excluded ? "!" : "") + Lexemes(t)));
    }

    /// <summary>The same query less its last word or phrase to look for, to suggest when nothing matches; null when only one is left.</summary>
    public string? WithFewerWords()
    {
        var wanted = Terms.Where(t => !t.Excluded).ToList();
        return wanted.Count < 2 ? null : string.Join(' ', Terms.Where(t => t != wanted[^1]));
    }

    private static readonly char[] Quotes = ['"', '“', '”', '„', '«', '»'];

    private static bool IsQuote(char c) => Array.IndexOf(Quotes, c) >= 0;

    /// <summary>
    /// A run of text without spaces: one word (venez*), one written word of several parts (night-tram, O'Brien: a phrase),
    /// or words with other things between them (title:(rent), NEAR/3: each a word of its own).
    /// </summary>
    private static IEnumerable<SearchTerm> Chunk(string chunk, bool excluded)
    {
        var words = SearchText.Words(chunk).ToList();
        if (words.Count == 0)
        {
            yield break;
        }
        var last = words[^1];
        var prefix = last.Index + last.Length < chunk.Length && chunk[last.Index + last.Length] == '*';
        var joined = true;
        for (var k = 1; k < words.Count && joined; k++)
        {
            var gap = words[k].Index - (words[k - 1].Index + words[k - 1].Length);
            joined = gap == 1 && Joiners.Contains(chunk[words[k].Index - 1], StringComparison.Ordinal);
        }
        if (joined)
        {
            if (Term(words.Select(w => w.Value).ToList(), prefix, excluded) is { } term)
            {
                yield return term;
            }
            yield break;
        }
        for (var k = 0; k < words.Count; k++)
        {
            if (Term([words[k].Value], prefix && k == words.Count - 1, excluded) is { } term)
            {
                yield return term;
            }
        }
    }

    private static SearchTerm? Term(List<string> words, bool prefix, bool excluded)
    {
        if (words.Count == 0 || words.Exists(w => w.Length > SearchText.MaxWordLength))
        {
            return null;
        }
        if (words.Count > MaxPhraseWords)
        {
            words = words[..MaxPhraseWords];
            prefix = false;
        }
        var folded = words.Select(SearchText.Fold).ToList();
        return new SearchTerm(folded, prefix && folded[^1].Length >= MinPrefixLength, excluded);
    }

    private void EnsureSearchable()
    {
        if (!IsSearchable)
        {
            throw new InvalidOperationException("The query has no word to look for; check IsSearchable first.");
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
