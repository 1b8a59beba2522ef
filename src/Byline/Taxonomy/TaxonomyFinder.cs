using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Taxonomy;

/// <summary>
/// The importers' find-or-create for sections and tags, by slug: the site's own when it has one (its name and place left
/// as they are), otherwise a new one with the name the import gives, added to the context for the caller to save; a new
/// section goes after the last of the navigation. A section or tag the site already had comes as a stand-in carrying
/// only its id, attached unchanged, so a story can point at it. Between batches only slugs and ids are kept
/// (<see cref="Forget"/>), so a long import's memory stays flat.
/// </summary>
internal sealed class TaxonomyFinder(BylineDb db)
{
    private readonly Dictionary<string, int> _sectionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Section> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tag> _tags = new(StringComparer.Ordinal);
    private int _lastPosition;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var section in await db.Sections.AsNoTracking().Select(s => new { s.Slug, s.Id, s.Position }).ToListAsync(cancellationToken))
        {
            _sectionIds[section.Slug] = section.Id;
            _lastPosition = Math.Max(_lastPosition, section.Position);
        }
        foreach (var tag in await db.Tags.AsNoTracking().Select(t => new { t.Slug, t.Id }).ToListAsync(cancellationToken))
        {
            _tagIds[tag.Slug] = tag.Id;
        }
    }

    public (Section Section, bool IsNew) Section(string slug, string name, string description = "")
    {
        if (_sections.TryGetValue(slug, out var section))
        {
            return (section, false);
        }
        if (_sectionIds.TryGetValue(slug, out var id))
        {
            section = new Section { Id = id, Name = "", Slug = "" };
            db.Sections.Attach(section);
            _sections[slug] = section;
            return (section, false);
        }
        section = new Section { Name = name, Slug = slug, Description = description, Position = ++_lastPosition };
        db.Sections.Add(section);
        _sections[slug] = section;
        return (section, true);
    }

    public (Tag Tag, bool IsNew) Tag(string slug, string name)
    {
        if (_tags.TryGetValue(slug, out var tag))
        {
            return (tag, false);
        }
        if (_tagIds.TryGetValue(slug, out var id))
        {
            tag = new Tag { Id = id, Name = "", Slug = "" };
            db.Tags.Attach(tag);
            _tags[slug] = tag;
            return (tag, false);
        }
        tag = new Tag { Name = name, Slug = slug };
        db.Tags.Add(tag);
        _tags[slug] = tag;
        return (tag, true);
    }

    /// <summary>After what was made is saved and the change tracker emptied: from now on it is known by its id alone.</summary>
    public void Forget()
    {
        foreach (var (slug, section) in _sections)
        {
            _sectionIds[slug] = section.Id;
        }
        foreach (var (slug, tag) in _tags)
        {
            _tagIds[slug] = tag.Id;
        }
        _sections.Clear();
        _tags.Clear();
    }
}
