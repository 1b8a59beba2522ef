using Byline.Publishing;

namespace Byline.Tests.Publishing;

/// <summary>
/// The body merge, as a table: the common text, what the member wrote, what the other person saved, and what the merge
/// must give (the merged text, and the number of conflicts; at a conflict the merged text holds the member's lines).
/// Texts are written with "|" for a line break to keep each row on one line.
/// </summary>
public sealed class ThreeWayMergeTests
{
    public static TheoryData<string, string, string, string, string, int> Cases => new()
    {
        // name,                                  common,          mine,              theirs,            merged,                  conflicts
        { "nobody changed anything",              "a||b||c",       "a||b||c",         "a||b||c",         "a||b||c",               0 },
        { "only I changed a paragraph",           "a||b||c",       "a||B||c",         "a||b||c",         "a||B||c",               0 },
        { "only they changed a paragraph",        "a||b||c",       "a||b||c",         "a||b||C",         "a||b||C",               0 },
        { "disjoint edits of two paragraphs",     "a||b||c",       "A||b||c",         "a||b||C",         "A||b||C",               0 },
        { "the same edit on both sides",          "a||b||c",       "a||B||c",         "a||B||c",         "a||B||c",               0 },
        { "overlapping edits of one paragraph",   "a||b||c",       "a||mine||c",      "a||theirs||c",    "a||mine||c",            1 },
        { "edits of neighbouring lines",         "a|b|c",         "a|B|c",           "a|b|C",           "a|B|C",                 0 },
        { "insertions at the same point",         "a||c",          "a||x||c",         "a||y||c",         "a||x||c",               1 },
        { "the same insertion on both sides",     "a||c",          "a||x||c",         "a||x||c",         "a||x||c",               0 },
        { "insertions at different points",       "a||b||c",       "x||a||b||c",      "a||b||c||y",      "x||a||b||c||y",         0 },
        { "a deletion and an edit elsewhere",     "a||b||c",       "a||c",            "a||b||C",         "a||C",                  0 },
        { "the same deletion on both sides",      "a||b||c",       "a||c",            "a||c",            "a||c",                  0 },
        { "a deletion against an edit",           "a||b||c",       "a||c",            "a||B||c",         "a||c",                  1 },
        { "empty common text, both wrote",        "",              "mine",            "theirs",          "mine",                  1 },
        { "three disjoint edits",                 "a||b||c||d||e", "A||b||C||d||e",   "a||b||c||d||E",   "A||b||C||d||E",         0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_merges_as_the_table_says(string name, string common, string mine, string theirs, string merged, int conflicts)
    {
        var result = ThreeWayMerge.Merge(Lines(common), Lines(mine), Lines(theirs));

        Assert.True(Lines(merged) == result.Merged, $"{name}: merged «{result.Merged.Replace('\n', '|')}»");
        Assert.Equal(conflicts, result.Conflicts.Count);
        Assert.Equal(conflicts == 0, result.IsClean);
    }

    [Fact]
    public void A_conflict_names_the_common_lines_and_both_sides()
    {
        var result = ThreeWayMerge.Merge("a\n\nb\n\nc", "a\n\nmine\n\nc", "a\n\ntheirs\n\nc");

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("b", conflict.Base);
        Assert.Equal("mine", conflict.Mine);
        Assert.Equal("theirs", conflict.Theirs);
    }

    [Fact]
    public void Line_endings_do_not_make_a_conflict_and_the_result_keeps_the_members_endings()
    {
        var result = ThreeWayMerge.Merge("a\n\nb\n\nc", "A\r\n\r\nb\r\n\r\nc", "a\n\nb\n\nC");

        Assert.True(result.IsClean);
        Assert.Equal("A\r\n\r\nb\r\n\r\nC", result.Merged);
    }

    private static string Lines(string text) => text.Replace('|', '\n');
}
