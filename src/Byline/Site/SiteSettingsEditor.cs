using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Comments;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Byline.Content;

namespace Byline.Site;

/// <summary>
/// Saves the one <see cref="SiteSettings"/> row (creating it at the first save), refuses a save based on an older
/// version, records what changed, and makes every public page show the new settings at once.
/// </summary>
public sealed class SiteSettingsEditor(
    BylineDb db,
    SiteIdentity identity,
    PublicCache cache,
    AuditLog audit,
    IOptions<SiteOptions> options)
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 300;
    public const int MinCommentDays = 1;
    public const int MaxCommentDays = 3650;
    public const int MinMaxLinks = 0;
    public const int MaxMaxLinks = 20;

    /// <summary>The limits of each word list (blocked, held): the column's length, entries, and one entry's length.</summary>
    public const int WordListMaxLength = 8000;
    public const int WordListMaxEntries = 500;
    public const int WordMaxLength = 100;

    /// <summary>The row's id when the settings are first saved: one fixed id, so two simultaneous first saves cannot both succeed.</summary>
    private const int SingleRowId = 1;

    /// <summary>The saved settings, or (before the first save) what configuration provides, as version 0.</summary>
    public async Task<SiteSettings> CurrentAsync(CancellationToken cancellationToken) =>
        await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? Configured();

    public async Task<SiteSettingsSaveResult> SaveAsync(SiteSettingsInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var row = await db.SiteSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is not null && row.Version != input.Version)
        {
            return SiteSettingsSaveResult.Conflict(row);
        }
        var before = row ?? Configured();
        var errors = await ValidateAsync(input, before, cancellationToken);
        if (errors.Count > 0)
        {
            return SiteSettingsSaveResult.Invalid(errors);
        }

        var after = new SiteSettings
        {
            Title = input.Title!.Trim(),
            Description = (input.Description ?? "").Trim(),
            LogoId = input.LogoId,
            TimeZone = input.TimeZone!,
            CommentPolicy = input.CommentPolicy,
            // The number of days is kept while comments are open or closed, ready for the next time it applies.
            CommentDays = input.CommentPolicy == CommentPolicy.ClosedAfterDays ? input.CommentDays!.Value : before.CommentDays,
            HoldFirstComments = input.HoldFirstComments,
            MaxLinks = input.LimitLinks ? input.MaxLinks : null,
            BlockedWords = NormalizeWords(input.BlockedWords),
            HeldWords = NormalizeWords(input.HeldWords),
        };
        var changes = await DescribeChangesAsync(before, after, cancellationToken);
        if (changes.Count == 0)
        {
            return SiteSettingsSaveResult.Saved("Nothing changed: the settings are as they were.");
        }

        if (row is null)
        {
            row = new SiteSettings { Id = SingleRowId, Title = after.Title, TimeZone = after.TimeZone };
            db.SiteSettings.Add(row);
        }
        row.Title = after.Title;
        row.Description = after.Description;
        row.LogoId = after.LogoId;
        row.TimeZone = after.TimeZone;
        row.CommentPolicy = after.CommentPolicy;
        row.CommentDays = after.CommentDays;
        row.HoldFirstComments = after.HoldFirstComments;
        row.MaxLinks = after.MaxLinks;
        row.BlockedWords = after.BlockedWords;
        row.HeldWords = after.HeldWords;
        row.Version++;
        audit.Add(actor, AuditActions.SettingsChanged, "settings", string.Join("; ", changes));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved in between (a newer version, or a simultaneous first save).
            db.ChangeTracker.Clear();
            return SiteSettingsSaveResult.Conflict(await CurrentAsync(cancellationToken));
        }

        await identity.ReloadAsync(cancellationToken);
        await cache.EvictEverythingAsync(cancellationToken);
        return SiteSettingsSaveResult.Saved("The settings were saved. Every public page shows them now.");
    }

    /// <summary>The reasons a save would be refused, without saving: for a form that has other problems too.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CheckAsync(SiteSettingsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await ValidateAsync(input, await CurrentAsync(cancellationToken), cancellationToken);
    }

    private async Task<Dictionary<string, string>> ValidateAsync(SiteSettingsInput input, SiteSettings before, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var title = (input.Title ?? "").Trim();
        if (title.Length == 0)
        {
            errors[nameof(SiteSettingsInput.Title)] = "Give the site a title: readers see it on every page and in every feed.";
        }
        else if (title.Length > TitleMaxLength)
        {
            errors[nameof(SiteSettingsInput.Title)] = $"The title can be at most {TitleMaxLength} characters long.";
        }
        if ((input.Description ?? "").Trim().Length > DescriptionMaxLength)
        {
            errors[nameof(SiteSettingsInput.Description)] = $"The description can be at most {DescriptionMaxLength} characters long.";
        }
        if (input.LogoId is { } logoId && !await db.MediaItems.AnyAsync(m => m.Id == logoId, cancellationToken))
        {
            errors[nameof(SiteSettingsInput.LogoId)] = "That image is no longer in the media library. Choose another, or no logo.";
        }
        if (string.IsNullOrWhiteSpace(input.TimeZone))
        {
            errors[nameof(SiteSettingsInput.TimeZone)] = "Choose the time zone in which public dates are shown.";
        }
        else if (!SiteTimeZones.IsListed(input.TimeZone) && input.TimeZone != before.TimeZone)
        {
            var shown = input.TimeZone.Length > 40 ? input.TimeZone[..40] + "…" : input.TimeZone;
            errors[nameof(SiteSettingsInput.TimeZone)] = $"“{shown}” is not a time zone this server knows. Choose one from the list, such as Europe/London.";
        }
        if (!Enum.IsDefined(input.CommentPolicy))
        {
            errors[nameof(SiteSettingsInput.CommentPolicy)] = "Choose whether comments are open, closed, or close after a number of days.";
        }
        else if (input.CommentPolicy == CommentPolicy.ClosedAfterDays && input.CommentDays is not (>= MinCommentDays and <= MaxCommentDays))
        {
            errors[nameof(SiteSettingsInput.CommentDays)] =
                $"Give the number of days after publication when comments close: a whole number from {MinCommentDays} to {MaxCommentDays}.";
        }
        if (input.LimitLinks && input.MaxLinks is not (>= MinMaxLinks and <= MaxMaxLinks))
        {
            errors[nameof(SiteSettingsInput.MaxLinks)] =
                $"Give the number of links a comment may have before it is held: a whole number from {MinMaxLinks} to {MaxMaxLinks}.";
        }
        if (WordListError(input.BlockedWords) is { } blockedError)
        {
            errors[nameof(SiteSettingsInput.BlockedWords)] = blockedError;
        }
        if (WordListError(input.HeldWords) is { } heldError)
        {
            errors[nameof(SiteSettingsInput.HeldWords)] = heldError;
        }
        return errors;
    }

    /// <summary>Why a word list cannot be saved: too long as a whole, too many entries, or one entry too long.</summary>
    public static string? WordListError(string? text)
    {
        var words = CommentRules.ParseList(text);
        // Measured as stored (one entry per line), so that spaces and blank lines do not count against the list.
        var stored = words.Sum(w => w.Length) + Math.Max(0, words.Count - 1);
        if (stored > WordListMaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The list can be at most {WordListMaxLength:N0} characters long; this one has {stored:N0}.");
        }
        if (words.Count > WordListMaxEntries)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The list can hold at most {WordListMaxEntries} words or phrases; this one has {words.Count:N0}.");
        }
        if (words.FirstOrDefault(w => w.Length > WordMaxLength) is { } tooLong)
        {
            return $"Each word or phrase can be at most {WordMaxLength} characters long; “{Shorten(tooLong, 40)}” is longer.";
        }
        return null;
    }

    /// <summary>One word or phrase per line, trimmed, without blank lines or repeats: the form in which the lists are stored.</summary>
    public static string NormalizeWords(string? text) => string.Join('\n', CommentRules.ParseList(text));

    private async Task<List<string>> DescribeChangesAsync(SiteSettings before, SiteSettings after, CancellationToken cancellationToken)
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

    private SiteSettings Configured()
    {
        var configured = options.Value;
        return new SiteSettings
        {
            Title = configured.Title,
            Description = configured.Description,
            TimeZone = configured.TimeZone,
            // What the public site applies before the first save (SiteIdentity): comments close 14 days after publication.
            CommentPolicy = CommentPolicy.ClosedAfterDays,
            CommentDays = 14,
            Version = 0,
        };
    }

    private static string Shorten(string text) => Shorten(text, 80);

    private static string Shorten(string text, int length) => text.Length > length ? text[..length] + "…" : text;
}
