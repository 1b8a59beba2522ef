using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Storage;
using Byline.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Byline.Content;

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
        return errors;
    }

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
        return changes;
    }

    public static string Describe(CommentPolicy policy, int days) => policy switch
    {
        CommentPolicy.Closed => "closed",
        CommentPolicy.ClosedAfterDays => string.Create(CultureInfo.InvariantCulture, $"closed {days} {(days == 1 ? "day" : "days")} after publication"),
        _ => "open",
    };

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
            CommentPolicy = CommentPolicy.Open,
            CommentDays = 14,
            Version = 0,
        };
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
