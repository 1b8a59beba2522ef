using Byline.Content;

namespace Byline.Taxonomy;

/// <summary>
/// What a section must be to be saved: a name and a well-formed slug, both its own among the other sections, a slug
/// the site does not answer at itself nor gives to a static page (both live at <c>/{slug}</c>), a short description and
/// a position from 1. Each reason is keyed by its field.
/// </summary>
public sealed class SectionRules(ReservedSlugs reserved)
{
    public Dictionary<string, string> Check(
        SectionInput input, Section? current, List<Section> sections, IReadOnlyCollection<string> pageSlugs, out string name, out string slug)
    {
        name = (input.Name ?? "").Trim();
        slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(name) : input.Slug.Trim();
        return Check(input, current, sections, pageSlugs, name, slug);
    }

    private Dictionary<string, string> Check(
        SectionInput input, Section? current, List<Section> sections, IReadOnlyCollection<string> pageSlugs, string name, string slug)
    {
        var errors = new Dictionary<string, string>();
        var others = sections.Where(s => s != current).ToList();

        if (name.Length == 0)
        {
            errors[nameof(SectionInput.Name)] = "Give the section a name, for example City Hall.";
        }
        else if (name.Length > SectionCatalog.NameMaxLength)
        {
            errors[nameof(SectionInput.Name)] = $"A section name can be at most {SectionCatalog.NameMaxLength} characters long.";
        }
        else if (others.Find(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) is { } sameName)
        {
            errors[nameof(SectionInput.Name)] = $"There is already a section called “{sameName.Name}”.";
        }

        if (slug.Length == 0)
        {
            errors[nameof(SectionInput.Slug)] = "Give the section a slug: lowercase letters, digits and single hyphens, for example city-hall.";
        }
        else if (slug.Length > SectionCatalog.SlugMaxLength)
        {
            errors[nameof(SectionInput.Slug)] = $"A section slug can be at most {SectionCatalog.SlugMaxLength} characters long.";
        }
        else if (!Slugs.IsWellFormed(slug))
        {
            errors[nameof(SectionInput.Slug)] = $"“{Shorten(slug)}” is not a slug: use only lowercase letters, digits and single hyphens, for example {(Slugs.From(slug) is { Length: > 0 } suggestion ? suggestion : "city-hall")}.";
        }
        else if (reserved.IsReserved(slug))
        {
            errors[nameof(SectionInput.Slug)] = $"“{slug}” is reserved: the site itself answers at /{slug}. Choose another slug.";
        }
        else if (others.Find(s => s.Slug == slug) is { } sameSlug)
        {
            errors[nameof(SectionInput.Slug)] = $"The section “{sameSlug.Name}” already uses the slug “{slug}”.";
        }
        else if (pageSlugs.Contains(slug, StringComparer.OrdinalIgnoreCase))
        {
            errors[nameof(SectionInput.Slug)] = $"A static page already lives at /{slug}. Choose another slug.";
        }

        if ((input.Description ?? "").Trim().Length > SectionCatalog.DescriptionMaxLength)
        {
            errors[nameof(SectionInput.Description)] = $"The description can be at most {SectionCatalog.DescriptionMaxLength} characters long.";
        }
        if (input.Position is < 1)
        {
            errors[nameof(SectionInput.Position)] = "The position is a whole number from 1 (first in the navigation).";
        }
        return errors;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
