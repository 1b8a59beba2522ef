using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
    SiteSettingsChanges changeLog,
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

    private const string NewerVersion = "Someone else saved the settings while this form was open.";

    /// <summary>The saved settings, or (before the first save) what configuration provides, as version 0.</summary>
    public async Task<SiteSettings> CurrentAsync(CancellationToken cancellationToken) =>
        await db.SiteSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken) ?? Configured();

    /// <summary>Done with the settings as saved; a conflict carries the newer settings someone else saved in the meantime.</summary>
    public async Task<Outcome<SiteSettings>> SaveAsync(SiteSettingsInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var row = await db.SiteSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is not null && row.Version != input.Version)
        {
            return Outcome.Conflict(row, NewerVersion);
        }
        var before = row ?? Configured();
        var errors = await ValidateAsync(input, before, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).As<SiteSettings>();
        }

        var after = new SiteSettings
        {
            Title = input.Title!.Trim(),
            Description = (input.Description ?? "").Trim(),
            LogoId = input.LogoId,
            SharingImageId = input.SharingImageId,
            TimeZone = input.TimeZone!,
            CommentPolicy = input.CommentPolicy,
            // The number of days is kept while comments are open or closed, ready for the next time it applies.
            CommentDays = input.CommentPolicy == CommentPolicy.ClosedAfterDays ? input.CommentDays!.Value : before.CommentDays,
            HoldFirstComments = input.HoldFirstComments,
            MaxLinks = input.LimitLinks ? input.MaxLinks : null,
            BlockedWords = NormalizeWords(input.BlockedWords),
            HeldWords = NormalizeWords(input.HeldWords),
        };
        var changes = await changeLog.DescribeAsync(before, after, cancellationToken);
        if (changes.Count == 0)
        {
            return Outcome.Done(before, "Nothing changed: the settings are as they were.");
        }

        if (row is null)
        {
            row = new SiteSettings { Id = SingleRowId, Title = after.Title, TimeZone = after.TimeZone };
            db.SiteSettings.Add(row);
        }
        row.Title = after.Title;
        row.Description = after.Description;
        row.LogoId = after.LogoId;
        row.SharingImageId = after.SharingImageId;
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
            return Outcome.Conflict(await CurrentAsync(cancellationToken), NewerVersion);
        }

        await identity.ReloadAsync(cancellationToken);
        await cache.EvictEverythingAsync(cancellationToken);
        return Outcome.Done(row, "The settings were saved. Every public page shows them now.");
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
        if (input.SharingImageId is { } sharingId && !await db.MediaItems.AnyAsync(m => m.Id == sharingId && (m.TrashedAt == null || m.Id == before.SharingImageId), cancellationToken))
        {
            errors[nameof(SiteSettingsInput.SharingImageId)] = "That image is not in the media library. Choose another from the list, or no default sharing image.";
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

    private static string Shorten(string text, int length) => text.Length > length ? text[..length] + "…" : text;
}
