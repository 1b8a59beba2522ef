using System.Globalization;
using Byline.Content;
using Byline.Media;
using Byline.Outcomes;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Settings;

/// <summary>The site's title, description, logo, time zone, comment policy and moderation rules (admins only, by the folder's policy).</summary>
public sealed class IndexModel(SiteSettingsEditor editor, BylineDb db) : NewsroomPageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public int? LogoId { get; set; }

    /// <summary>The image shared for pages without a picture of their own.</summary>
    [BindProperty]
    public int? SharingImageId { get; set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    [BindProperty]
    public CommentPolicy CommentPolicy { get; set; }

    [BindProperty]
    public int? CommentDays { get; set; }

    /// <summary>A checkbox: absent from the form when unticked, so it binds as false.</summary>
    [BindProperty]
    public bool HoldFirstComments { get; set; }

    [BindProperty]
    public bool LimitLinks { get; set; }

    [BindProperty]
    public int? MaxLinks { get; set; }

    [BindProperty]
    public string? BlockedWords { get; set; }

    [BindProperty]
    public string? HeldWords { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<SelectListItem> Logos { get; private set; } = [];
    public IReadOnlyList<SelectListItem> TimeZones { get; private set; } = [];
    public MediaItem? CurrentLogo { get; private set; }

    /// <summary>With a conflict: the settings someone else saved while this form was open.</summary>
    public SiteSettings? Newer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await editor.CurrentAsync(cancellationToken);
        Fill(current);
        await LoadChoicesAsync(current, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new SiteSettingsInput(
            Title, Description, LogoId, TimeZone, CommentPolicy, CommentDays, HoldFirstComments, LimitLinks, MaxLinks, BlockedWords, HeldWords, Version)
        {
            SharingImageId = SharingImageId,
        };
        if (!ModelState.IsValid)
        {
            // Malformed numbers or choices (the binder's messages, put in words in PageAgain), and whatever else is wrong.
            foreach (var (field, message) in await editor.CheckAsync(input, cancellationToken))
            {
                if (ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid)
                {
                    ModelState.AddModelError(field, message);
                }
            }
            await LoadChoicesAsync(await editor.CurrentAsync(cancellationToken), cancellationToken);
            return PageAgain(StatusCodes.Status400BadRequest);
        }
        var result = await editor.SaveAsync(input, Actor, cancellationToken);
        if (result is { Kind: OutcomeKind.Conflict, Value: { } newer })
        {
            // The form keeps what this admin typed; saving it again now deliberately replaces the newer version.
            Newer = newer;
            Version = newer.Version;
            ModelState.Remove(nameof(Version));
        }
        return await RespondAsync(result, () => RedirectToPage(),
            async () => await LoadChoicesAsync(await editor.CurrentAsync(cancellationToken), cancellationToken));
    }

    public string LogoName(int? id) =>
        id is null ? "none" : Logos.FirstOrDefault(l => l.Value == id.Value.ToString(CultureInfo.InvariantCulture))?.Text ?? $"image {id}";

    protected override PageResult PageAgain(int statusCode)
    {
        foreach (var (field, entry) in ModelState)
        {
            // The binder's "The value 'x' is not valid for CommentDays." becomes a sentence about the field.
            if (entry.Errors.Count > 0 && entry.Errors[0].ErrorMessage.StartsWith("The value", StringComparison.Ordinal))
            {
                entry.Errors.Clear();
                entry.Errors.Add(field switch
                {
                    nameof(CommentDays) => $"Give the number of days as a whole number from {SiteSettingsEditor.MinCommentDays} to {SiteSettingsEditor.MaxCommentDays}.",
                    nameof(MaxLinks) => $"Give the number of links as a whole number from {SiteSettingsEditor.MinMaxLinks} to {SiteSettingsEditor.MaxMaxLinks}.",
                    nameof(HoldFirstComments) or nameof(LimitLinks) => "Tick the box or leave it empty.",
                    _ => "Choose one of the options in the list.",
                });
            }
        }
        return base.PageAgain(statusCode);
    }

    private void Fill(SiteSettings settings)
    {
        Title = settings.Title;
        Description = settings.Description;
        LogoId = settings.LogoId;
        SharingImageId = settings.SharingImageId;
        TimeZone = settings.TimeZone;
        CommentPolicy = settings.CommentPolicy;
        CommentDays = settings.CommentDays;
        HoldFirstComments = settings.HoldFirstComments;
        LimitLinks = settings.MaxLinks is not null;
        // With the rule off the box offers the default again, ready to be ticked.
        MaxLinks = settings.MaxLinks ?? CommentRules.Defaults.MaxLinks;
        BlockedWords = settings.BlockedWords;
        HeldWords = settings.HeldWords;
        Version = settings.Version;
    }

    private async Task LoadChoicesAsync(SiteSettings current, CancellationToken cancellationToken)
    {
        var images = await db.MediaItems.AsNoTracking()
            .Where(m => m.TrashedAt == null || m.Id == current.LogoId || m.Id == current.SharingImageId)
            .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Select(m => new { m.Id, m.OriginalFileName, m.AltText, m.Width, m.Height })
            .ToListAsync(cancellationToken);
        Logos = images.Select(m => new SelectListItem(
            string.Create(CultureInfo.InvariantCulture, $"{m.OriginalFileName} ({m.Width}×{m.Height}) — {Shorten(m.AltText)}"),
            m.Id.ToString(CultureInfo.InvariantCulture))).ToList();

        var zones = SiteTimeZones.All.Select(z => new SelectListItem(z.Label, z.Id)).ToList();
        if (!SiteTimeZones.IsListed(current.TimeZone))
        {
            // A zone set in configuration that the list does not carry stays choosable, so saving other settings keeps it.
            zones.Insert(0, new SelectListItem(current.TimeZone, current.TimeZone));
        }
        TimeZones = zones;

        CurrentLogo = current.LogoId is { } logoId
            ? await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == logoId, cancellationToken)
            : null;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
