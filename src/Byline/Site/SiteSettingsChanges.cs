using System.Globalization;
using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Site;

/// <summary>What a save of the site settings changed, in the words of the audit log (one phrase per setting).</summary>
public sealed class SiteSettingsChanges(BylineDb db)
{
    public async Task<List<string>> DescribeAsync(SiteSettings before, SiteSettings after, CancellationToken cancellationToken)
    {
        var changes = new List<string>();
        if (before.Title != after.Title)
        {
            changes.Add($"title “{before.Title}” → “{after.Title}”");
        }
        if (before.Description != after.Description)
        {
            changes.Add($"description “{Shorten(before.Description)}” → “{Shorten(after.Description)}”");
        }
        if (before.LogoId != after.LogoId)
        {
            changes.Add($"logo {await LogoNameAsync(before.LogoId, cancellationToken)} → {await LogoNameAsync(after.LogoId, cancellationToken)}");
        }
        if (before.SharingImageId != after.SharingImageId)
        {
            changes.Add($"default sharing image {await LogoNameAsync(before.SharingImageId, cancellationToken)} → {await LogoNameAsync(after.SharingImageId, cancellationToken)}");
        }
        if (before.TimeZone != after.TimeZone)
        {
            changes.Add($"time zone {before.TimeZone} → {after.TimeZone}");
        }
        if (before.CommentPolicy != after.CommentPolicy || (after.CommentPolicy == CommentPolicy.ClosedAfterDays && before.CommentDays != after.CommentDays))
        {
            changes.Add($"comments {Describe(before.CommentPolicy, before.CommentDays)} → {Describe(after.CommentPolicy, after.CommentDays)}");
        }
        if (before.HoldFirstComments != after.HoldFirstComments)
        {
            changes.Add($"hold a commenter's first comment {OnOff(before.HoldFirstComments)} → {OnOff(after.HoldFirstComments)}");
        }
        if (before.MaxLinks != after.MaxLinks)
        {
            changes.Add($"hold comments with links {DescribeLinks(before.MaxLinks)} → {DescribeLinks(after.MaxLinks)}");
        }
        if (DescribeWordChanges("blocked words", before.BlockedWords, after.BlockedWords) is { } blocked)
        {
            changes.Add(blocked);
        }
        if (DescribeWordChanges("held words", before.HeldWords, after.HeldWords) is { } held)
        {
            changes.Add(held);
        }
        return changes;
    }

    public static string Describe(CommentPolicy policy, int days) => policy switch
    {
        CommentPolicy.Closed => "closed",
        CommentPolicy.ClosedAfterDays => string.Create(CultureInfo.InvariantCulture, $"closed {days} {(days == 1 ? "day" : "days")} after publication"),
        _ => "open",
    };

    private static string OnOff(bool on) => on ? "on" : "off";

    private static string DescribeLinks(int? maxLinks) =>
        maxLinks is { } max ? string.Create(CultureInfo.InvariantCulture, $"above {max}") : "off";

    /// <summary>"blocked words: added “x”, “y”; removed “z”", naming at most a few words of each kind.</summary>
    private static string? DescribeWordChanges(string list, string before, string after)
    {
        var old = CommentRules.ParseList(before);
        var now = CommentRules.ParseList(after);
        var added = now.Except(old, StringComparer.Ordinal).ToList();
        var removed = old.Except(now, StringComparer.Ordinal).ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            return null;
        }
        var parts = new List<string>();
        if (added.Count > 0)
        {
            parts.Add("added " + Name(added));
        }
        if (removed.Count > 0)
        {
            parts.Add("removed " + Name(removed));
        }
        return $"{list}: {string.Join("; ", parts)}";

        static string Name(List<string> words)
        {
            const int Shown = 10;
            var named = string.Join(", ", words.Take(Shown).Select(w => $"“{Shorten(w, 40)}”"));
            return words.Count <= Shown ? named : string.Create(CultureInfo.InvariantCulture, $"{named} and {words.Count - Shown} more");
        }
    }

    private async Task<string> LogoNameAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not { } logoId)
        {
            return "none";
        }
        var name = await db.MediaItems.Where(m => m.Id == logoId).Select(m => m.OriginalFileName).FirstOrDefaultAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"media:{logoId}{(name is null ? "" : $" ({name})")}");
    }

    private static string Shorten(string text, int length = 80) => text.Length > length ? text[..length] + "…" : text;
}
