using System.Text;

namespace Byline.Search;

/// <summary>
/// The excerpt under a result: the stretch of the story where most of the query's words occur, with those words marked.
/// It is cut from the story's indexed text and marked with two sentinel characters (which <see cref="SearchText.Clean"/>
/// removes from every text, so a story cannot contain them); <see cref="ToHtml"/> HTML-encodes everything and only then
/// turns the sentinels into &lt;mark&gt;, so a story's text can never become markup. The same code runs for both engines,
/// so a story's result reads the same on SQLite and PostgreSQL.
/// </summary>
public static class SearchSnippet
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';
    public const int DefaultWords = 32;

    /// <summary>The best excerpt of <paramref name="text"/> for <paramref name="query"/>, or null when none of its words occur there.</summary>
    public static string? Excerpt(string text, SearchQuery query, int maxWords = DefaultWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        var wanted = query.Terms.Where(t => !t.Excluded).ToList();
        var words = SearchText.Words(text);
        if (wanted.Count == 0 || words.Count == 0)
        {
            return null;
        }
        var folded = words.Select(w => SearchText.Fold(w.Value)).ToList();
        var hits = new List<(int First, int Last, int Term)>();
        for (var k = 0; k < folded.Count; k++)
        {
            for (var t = 0; t < wanted.Count; t++)
            {
                if (MatchesAt(folded, k, wanted[t]))
                {
                    hits.Add((k, k + wanted[t].Words.Count - 1, t));
                    break;
                }
            }
        }
        if (hits.Count == 0)
        {
            return null;
        }

        // The window that holds the most different terms (then the most hits) wins; the earliest of equals.
        var bestStart = 0;
        var bestScore = -1;
        foreach (var hit in hits)
        {
            var start = Math.Max(0, hit.First - 4);
            var end = start + maxWords;
            var inside = hits.Where(h => h.First >= start && h.Last < end).ToList();
            var score = (inside.Select(h => h.Term).Distinct().Count() * 1000) + inside.Count;
            if (score > bestScore)
            {
                (bestStart, bestScore) = (start, score);
            }
        }
        var stop = Math.Min(words.Count, bestStart + maxWords);
        // Whole written words only: "I've" is two words to the index, but an excerpt must not begin at "ve".
        while (bestStart > 0 && !char.IsWhiteSpace(text[words[bestStart].Index - 1]))
        {
            bestStart--;
        }
        while (stop < words.Count && !char.IsWhiteSpace(text[words[stop].Index - 1]))
        {
            stop++;
        }
        var marked = new StringBuilder(bestStart > 0 ? "…" : "");
        var from = words[bestStart].Index;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }
        var lastEnd = -1;
        foreach (var (first, last, _) in hits.Where(h => h.First >= bestStart && h.Last < stop))
        {
            if (first <= lastEnd)
            {
                continue;
            }
            marked.Append(text, from, words[first].Index - from).Append(MarkStart);
            var to = words[last].Index + words[last].Length;
            marked.Append(text, words[first].Index, to - words[first].Index).Append(MarkEnd);
            from = to;
            lastEnd = last;
        }
        var finish = words[stop - 1].Index + words[stop - 1].Length;
        while (finish < text.Length && !char.IsWhiteSpace(text[finish]))
        {
            finish++;
        }
        marked.Append(text, from, finish - from);
        return Tidy(marked.Append(stop < words.Count ? "…" : "").ToString());
    }

    /// <summary>The first <paramref name="maxWords"/> words of <paramref name="text"/>, for a result whose match is elsewhere (headline, tags).</summary>
    public static string Lead(string text, int maxWords = DefaultWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = SearchText.Words(text);
        if (words.Count <= maxWords)
        {
            return Tidy(text);
        }
        var last = words[maxWords - 1];
        return Tidy(text[..(last.Index + last.Length)] + "…");
    }

    /// <summary>Safe HTML of a marked excerpt: the text encoded, each marked stretch in &lt;mark&gt;, every mark closed.</summary>
    public static string ToHtml(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var run = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            var c = i < marked.Length ? marked[i] : '\0';
            if (i < marked.Length && c is not (MarkStart or MarkEnd))
            {
                continue;
            }
            Encode(html, marked.AsSpan(run, i - run));
            run = i + 1;
            if (c == MarkStart && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if ((c == MarkEnd || i == marked.Length) && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }
        return html.ToString();
    }

    /// <summary>Element text needs only these four escaped; every other character is written as it is, so names stay readable.</summary>
    private static void Encode(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }

    internal static bool MatchesAt(List<string> folded, int at, SearchTerm term)
    {
        if (at + term.Words.Count > folded.Count)
        {
            return false;
        }
        for (var w = 0; w < term.Words.Count; w++)
        {
            var last = w == term.Words.Count - 1;
            var matches = last && term.Prefix
                ? folded[at + w].StartsWith(term.Words[w], StringComparison.Ordinal)
                : folded[at + w] == term.Words[w];
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Line breaks of the stored text read as spaces in a one-paragraph excerpt.</summary>
    private static string Tidy(string text) => text.ReplaceLineEndings(" ");
}
