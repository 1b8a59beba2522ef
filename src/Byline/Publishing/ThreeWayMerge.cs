using DiffPlex;
using DiffPlex.Chunkers;

namespace Byline.Publishing;

/// <summary>
/// A small diff3 over lines: the changes from the common text to each side (DiffPlex's line diffs) are applied together
/// when they touch different lines; where both sides changed the same or adjacent lines differently, it is a conflict.
/// Changes of neighbouring lines merge (as GNU diff3 does); two insertions at one point conflict unless they are the same.
/// Paragraphs of Markdown are separated by a blank line, so edits of different paragraphs merge.
/// </summary>
public static class ThreeWayMerge
{
    private static readonly IChunker Lines = new CustomFunctionChunker(text => text.Split('\n'));

    public static TextMerge Merge(string common, string mine, string theirs)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(theirs);
        // Browsers send CRLF, stored texts may hold either: lines are compared without their endings, and the result
        // takes the member's endings.
        var newline = mine.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        // DiffPlex sees no line at all in an empty text, where Split would see one empty line.
        var baseLines = common.Length == 0 ? [] : Normalize(common).Split('\n');
        var hunks = HunksOf(Normalize(common), Normalize(mine), Side.Mine)
            .Concat(HunksOf(Normalize(common), Normalize(theirs), Side.Theirs))
            .OrderBy(h => h.Start).ThenBy(h => h.End).ThenBy(h => h.Side)
            .ToList();

        var merged = new List<string>();
        var conflicts = new List<MergeConflict>();
        var position = 0;
        var index = 0;
        while (index < hunks.Count)
        {
            var start = hunks[index].Start;
            var end = hunks[index].End;
            var group = new List<Hunk> { hunks[index++] };
            while (index < hunks.Count && Overlaps(hunks[index], end, group))
            {
                end = Math.Max(end, hunks[index].End);
                group.Add(hunks[index++]);
            }
            merged.AddRange(baseLines[position..start]);
            var mineText = Apply(baseLines, start, end, group.Where(h => h.Side == Side.Mine));
            var theirsText = Apply(baseLines, start, end, group.Where(h => h.Side == Side.Theirs));
            if (group.All(h => h.Side == Side.Mine))
            {
                merged.AddRange(mineText);
            }
            else if (group.All(h => h.Side == Side.Theirs) || mineText.SequenceEqual(theirsText, StringComparer.Ordinal))
            {
                merged.AddRange(theirsText);
            }
            else
            {
                conflicts.Add(new MergeConflict(
                    string.Join(newline, baseLines[start..end]), string.Join(newline, mineText), string.Join(newline, theirsText)));
                merged.AddRange(mineText);
            }
            position = end;
        }
        merged.AddRange(baseLines[position..]);
        return new TextMerge(string.Join(newline, merged), conflicts);
    }

    /// <summary>
    /// Changes overlap when they share a line of the common text; touching ones only when one of them inserts lines at
    /// the point where they meet, since then nobody can say which lines come first.
    /// </summary>
    private static bool Overlaps(Hunk next, int end, List<Hunk> group) =>
        next.Start < end || (next.Start == end && (next.Start == next.End || group.Any(h => h.Start == end && h.End == end)));

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");

    private static IEnumerable<Hunk> HunksOf(string common, string changed, Side side)
    {
        var diff = Differ.Instance.CreateDiffs(common, changed, ignoreWhiteSpace: false, ignoreCase: false, Lines);
        foreach (var block in diff.DiffBlocks)
        {
            yield return new Hunk(
                side,
                block.DeleteStartA,
                block.DeleteStartA + block.DeleteCountA,
                diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB).ToArray());
        }
    }

    /// <summary>The lines <paramref name="start"/> to <paramref name="end"/> of the common text with one side's changes applied.</summary>
    private static List<string> Apply(string[] baseLines, int start, int end, IEnumerable<Hunk> hunks)
    {
        var result = new List<string>();
        var position = start;
        foreach (var hunk in hunks.OrderBy(h => h.Start))
        {
            result.AddRange(baseLines[position..hunk.Start]);
            result.AddRange(hunk.Lines);
            position = hunk.End;
        }
        result.AddRange(baseLines[position..end]);
        return result;
    }

    private enum Side { Mine, Theirs }

    private sealed record Hunk(Side Side, int Start, int End, string[] Lines);
}
