using System.Globalization;
using Byline.Accounts;
using Byline.Caching;
using Byline.Content;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Site;

/// <summary>
/// Saves an author's public profile: job title, bio, photo (an image of the media library), expertise and contact
/// links (http, https or mailto only: anything else could run script or point nowhere). A save based on an older
/// version is refused; each change is audited and evicts the author's page and the stories that carry their byline.
/// </summary>
public sealed class AuthorProfileEditor(BylineDb db, AuditLog audit, PublicCache cache)
{
    public const int JobTitleMaxLength = 120;
    public const int BioMaxLength = 2000;
    public const int MaxLinks = 10;
    public const int LinkMaxLength = 300;

    private const string NoSuchAuthor = "There is no such author profile.";
    private const string NewerVersion = "Someone else saved this profile while you were editing it.";

    public async Task<Outcome<Person>> SaveAsync(int id, AuthorProfileInput input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return Outcome.NotFound(NoSuchAuthor).As<Person>();
        }
        if (person.Version != input.Version)
        {
            return Outcome.Conflict(person, NewerVersion);
        }
        var errors = new Dictionary<string, string>();
        var links = ParseLinks(input.Links, errors);
        var jobTitle = (input.JobTitle ?? "").Trim();
        var bio = (input.Bio ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var expertise = (input.Expertise ?? "").Trim();
        if (jobTitle.Length > JobTitleMaxLength)
        {
            errors[nameof(AuthorProfileInput.JobTitle)] = $"A job title can be at most {JobTitleMaxLength} characters long.";
        }
        if (bio.Length > BioMaxLength)
        {
            errors[nameof(AuthorProfileInput.Bio)] = string.Create(CultureInfo.InvariantCulture, $"A bio can be at most {BioMaxLength:N0} characters long.");
        }
        if (expertise.Length > Person.ExpertiseMaxLength)
        {
            errors[nameof(AuthorProfileInput.Expertise)] = $"The expertise can be at most {Person.ExpertiseMaxLength} characters long: a few subjects, separated by commas.";
        }
        if (input.PhotoId is { } photoId && !await db.MediaItems.AnyAsync(m => m.Id == photoId && m.TrashedAt == null, cancellationToken))
        {
            errors[nameof(AuthorProfileInput.PhotoId)] = "That image is no longer in the media library. Choose another, or no photo.";
        }
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).As<Person>();
        }

        var changes = new List<string>();
        if (person.JobTitle != jobTitle) { changes.Add($"job title “{person.JobTitle}” → “{jobTitle}”"); }
        if (person.Bio != bio) { changes.Add("bio"); }
        if (person.PhotoId != input.PhotoId) { changes.Add(string.Create(CultureInfo.InvariantCulture, $"photo {person.PhotoId?.ToString(CultureInfo.InvariantCulture) ?? "none"} → {input.PhotoId?.ToString(CultureInfo.InvariantCulture) ?? "none"}")); }
        if (person.Expertise != expertise) { changes.Add($"expertise “{person.Expertise}” → “{expertise}”"); }
        var joinedLinks = string.Join('\n', links);
        if (person.Links != joinedLinks) { changes.Add($"links {string.Join(", ", links)}"); }
        if (changes.Count == 0)
        {
            return Outcome.Done(person, "Nothing changed: the profile is as it was.");
        }
        person.JobTitle = jobTitle;
        person.Bio = bio;
        person.PhotoId = input.PhotoId;
        person.Expertise = expertise;
        person.Links = joinedLinks;
        person.Version++;
        audit.Add(actor, AuditActions.AuthorProfileChanged, string.Create(CultureInfo.InvariantCulture, $"person:{person.Id}"),
            $"Profile of {person.Name}: {string.Join("; ", changes)}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } newer
                ? Outcome.Conflict(newer, NewerVersion)
                : Outcome.NotFound(NoSuchAuthor).As<Person>();
        }
        // The author's page and every story page with their byline carry the person's tag.
        await cache.EvictAsync(CacheTags.Person(person.Id), cancellationToken);
        return Outcome.Done(person, $"The profile of {person.Name} was saved.");
    }

    /// <summary>One address a line, kept in order without repeats; the first refused one is reported with its line.</summary>
    private static List<string> ParseLinks(string? text, Dictionary<string, string> errors)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (lines.Count > MaxLinks)
        {
            errors[nameof(AuthorProfileInput.Links)] = $"A profile can have at most {MaxLinks} links; this one has {lines.Count}.";
            return [];
        }
        foreach (var line in lines)
        {
            if (LinkError(line) is { } error)
            {
                errors[nameof(AuthorProfileInput.Links)] = error;
                return [];
            }
        }
        return lines;
    }

    /// <summary>Why <paramref name="link"/> cannot be a contact link, or null when it can.</summary>
    public static string? LinkError(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var shown = link.Length > 60 ? link[..60] + "…" : link;
        if (link.Length > LinkMaxLength)
        {
            return $"“{shown}” is too long: a link can be at most {LinkMaxLength} characters.";
        }
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return $"“{shown}” is not a web address. Give a full address starting with https://, or mailto: for an email address.";
        }
        if (uri.Scheme == Uri.UriSchemeMailto)
        {
            return uri.UserInfo.Length > 0 && uri.Host.Contains('.', StringComparison.Ordinal) && !link.Any(char.IsWhiteSpace)
                ? null
                : $"“{shown}” is not an email link: write it as mailto:name@example.org.";
        }
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return $"“{shown}” is not a link readers can follow: only https://, http:// and mailto: addresses are allowed.";
        }
        return uri.Host.Length > 0 && !link.Any(char.IsWhiteSpace)
            ? null
            : $"“{shown}” is not a web address. Give a full address starting with https://.";
    }
}
