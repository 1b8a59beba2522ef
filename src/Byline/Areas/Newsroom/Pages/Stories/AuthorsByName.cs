using Byline.Publishing;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>
/// The story form's "Add authors by name" field, for a browser without JavaScript: the authors list holds only the
/// story's own authors (a newsroom of thousands would make the page huge), so further names are typed, separated by
/// commas, and turned into people here. A name must name exactly one person, ignoring case.
/// </summary>
public static class AuthorsByName
{
    public const int MaxLength = 2000;

    /// <summary>The people named, in the order typed, or the reason the names cannot be used.</summary>
    public static async Task<(IReadOnlyList<int> Ids, string? Error)> ResolveAsync(BylineDb db, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (text is { Length: > MaxLength })
        {
            return ([], $"Type at most {MaxLength:N0} characters of names.");
        }
        var names = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (names.Count == 0)
        {
            return ([], null);
        }
        if (names.Count > ArticleDraft.MaxAuthors)
        {
            return ([], $"A story can have at most {ArticleDraft.MaxAuthors} authors in its byline.");
        }
        var lowered = names.Select(n => n.ToLowerInvariant()).ToList();
        // Exact names as well as lowered ones: SQLite's lower() leaves letters beyond ASCII as they are.
        var found = await db.People.AsNoTracking()
            .Where(p => names.Contains(p.Name) || lowered.Contains(SqlText.Lower(p.Name)))
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken);
        var ids = new List<int>();
        foreach (var name in names)
        {
            var matches = found.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            switch (matches.Count)
            {
                case 0:
                    return ([], $"Nobody in People is called “{name}”. Check the spelling, or add them in People first.");
                case > 1:
                    return ([], $"{matches.Count} people are called “{name}”: choose the one you mean with the type-ahead (it needs JavaScript), or ask an admin to tell them apart.");
                default:
                    ids.Add(matches[0].Id);
                    break;
            }
        }
        return (ids, null);
    }
}
