namespace Byline.Search;

/// <summary>
/// One thing a reader asked for: a word, a phrase of consecutive words ("night tram"), either of them ending in a prefix
/// (venez*), or left out (-budget). <see cref="Words"/> are already folded (lower case, no accents) and hold only letters
/// and digits, so nothing of the reader's syntax reaches an engine.
/// </summary>
public sealed class SearchTerm
{
    public SearchTerm(IReadOnlyList<string> words, bool prefix, bool excluded)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words;
        Prefix = prefix;
        Excluded = excluded;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The last word matches any word it begins (venez* finds Venezuela).</summary>
    public bool Prefix { get; }

    /// <summary>Stories with this word or phrase are left out.</summary>
    public bool Excluded { get; }

    public bool IsPhrase => Words.Count > 1;

    /// <summary>The term as a reader would type it: <c>-"night tram"</c>, <c>venez*</c>.</summary>
    public override string ToString()
    {
        var words = string.Join(' ', Words) + (Prefix ? "*" : "");
        return (Excluded ? "-" : "") + (IsPhrase ? $"\"{words}\"" : words);
    }
}
