namespace Byline.BrowserTests.Newsroom;

/// <summary>
/// The Markdown the body editor must carry unchanged: every sample story's body (front matter removed) and the edge
/// cases in <c>Newsroom/BodyCorpus/*.md</c> (nested lists, tables, code, HTML the sanitizer keeps, reference links,
/// figures, embeds, typography). Line endings are LF: a textarea's value never holds CR (browsers normalize it, and send
/// CRLF when the form is submitted whatever the script does), so CRLF is the server's concern, not the editor's.
/// </summary>
public static class BodyCorpus
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Newsroom", "BodyCorpus");

    public static IReadOnlyList<(string Name, string Markdown)> EdgeCases()
    {
        var cases = Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f).ReplaceLineEndings("\n")))
            .ToList();
        return cases;
    }

    public static IReadOnlyList<(string Name, string Markdown)> SampleStories() =>
        Directory.GetFiles(Path.Combine(Folder, "Samples"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), BodyOf(File.ReadAllText(f).ReplaceLineEndings("\n"))))
            .ToList();

    public static IReadOnlyList<(string Name, string Markdown)> All() => [.. SampleStories(), .. EdgeCases()];

    /// <summary>The text after the YAML front matter's closing <c>---</c> line.</summary>
    private static string BodyOf(string file)
    {
        var end = file.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(file.StartsWith("---\n", StringComparison.Ordinal) && end > 0, "A sample story starts with front matter.");
        return file[(end + 5)..];
    }
}
