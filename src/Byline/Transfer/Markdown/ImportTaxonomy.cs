using Byline.Content;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.Markdown;

/// <summary>
/// The sections, people and tags an import's stories name, matched by slug: the site's own when it has them (their
/// names left as they are), new ones made from the file's name otherwise. New sections go to the end of the navigation.
/// </summary>
internal sealed class ImportTaxonomy
{
    private readonly Dictionary<string, Section> _sections;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Tag> _tags;
    private int _nextPosition;

    private ImportTaxonomy(Dictionary<string, Section> sections, Dictionary<string, Person> people, Dictionary<string, Tag> tags, int nextPosition)
    {
        _sections = sections;
        _people = people;
        _tags = tags;
        _nextPosition = nextPosition;
    }

    public static async Task<ImportTaxonomy> LoadAsync(BylineDb db, IReadOnlyList<MarkdownStory> stories, CancellationToken cancellationToken)
    {
        var sectionSlugs = stories.Select(s => s.Meta.Section!.Slug!).Distinct().ToList();
        var personSlugs = stories.SelectMany(s => s.Meta.Authors).Select(a => a.Slug!).Distinct().ToList();
        var tagSlugs = stories.SelectMany(s => s.Meta.Tags).Select(t => t.Slug!).Distinct().ToList();
        var sections = await db.Sections.Where(s => sectionSlugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, cancellationToken);
        var people = await db.People.Where(p => personSlugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        var tags = await db.Tags.Where(t => tagSlugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
        var nextPosition = (await db.Sections.MaxAsync(s => (int?)s.Position, cancellationToken) ?? -1) + 1;
        return new ImportTaxonomy(sections, people, tags, nextPosition);
    }

    public Section Section(NamedSlug named)
    {
        if (!_sections.TryGetValue(named.Slug!, out var section))
        {
            section = new Section { Slug = named.Slug!, Name = named.Name!.Trim(), Position = _nextPosition++ };
            _sections.Add(section.Slug, section);
        }
        return section;
    }

    public Person Person(NamedSlug named)
    {
        if (!_people.TryGetValue(named.Slug!, out var person))
        {
            person = new Person { Slug = named.Slug!, Name = named.Name!.Trim() };
            _people.Add(person.Slug, person);
        }
        return person;
    }

    public Tag Tag(NamedSlug named)
    {
        if (!_tags.TryGetValue(named.Slug!, out var tag))
        {
            tag = new Tag { Slug = named.Slug!, Name = named.Name!.Trim() };
            _tags.Add(tag.Slug, tag);
        }
        return tag;
    }
}
