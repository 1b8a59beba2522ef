using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Taxonomy;

/// <summary>
/// Keeps the <see cref="PathRedirect"/> rows of renamed sections and tags true: an old address points straight at the
/// current one (no chains), and an address in use again never redirects away from itself. Changes are tracked, not
/// saved: they are saved with the change that caused them.
/// </summary>
public sealed class MovedPaths(BylineDb db)
{
    /// <summary>Each old path now answers 301 to its new path, and earlier redirects to an old path follow it.</summary>
    public async Task MoveAsync(IReadOnlyDictionary<string, string> moves, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var oldPaths = moves.Keys.ToList();
        var newPaths = moves.Values.ToList();
        var rows = await db.PathRedirects
            .Where(r => oldPaths.Contains(r.Path) || newPaths.Contains(r.Path) || oldPaths.Contains(r.Target))
            .ToListAsync(cancellationToken);

        foreach (var row in rows)
        {
            if (newPaths.Contains(row.Path))
            {
                db.PathRedirects.Remove(row);
            }
            else if (moves.TryGetValue(row.Target, out var target))
            {
                row.Target = target;
            }
        }
        foreach (var (from, to) in moves)
        {
            if (from == to)
            {
                continue;
            }
            var existing = rows.FirstOrDefault(r => r.Path == from);
            if (existing is null)
            {
                db.PathRedirects.Add(new PathRedirect { Path = from, Target = to, CreatedAt = now });
            }
            else
            {
                existing.Target = to;
            }
        }
    }

    /// <summary>The paths are live again (a new section took a slug that once moved away): they stop redirecting.</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<string> livePaths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(livePaths);
        var rows = await db.PathRedirects.Where(r => livePaths.Contains(r.Path)).ToListAsync(cancellationToken);
        db.PathRedirects.RemoveRange(rows);
    }

    /// <summary>The paths are gone for good (a deleted section): redirects that led there would only lead to a 404.</summary>
    public async Task ForgetTargetsAsync(IReadOnlyCollection<string> gonePaths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gonePaths);
        var rows = await db.PathRedirects.Where(r => gonePaths.Contains(r.Target)).ToListAsync(cancellationToken);
        db.PathRedirects.RemoveRange(rows);
    }
}
