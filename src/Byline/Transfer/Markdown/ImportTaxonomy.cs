using Byline.Content;
using Byline.Storage;
using Byline.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.Markdown;

/// <summary>
/// The sections, people and tags an import's stories name, matched by slug: the site's own when it has them (their
/// names left as they are), new ones made from the file's name otherwise (sections and tags through the importers'
/// <see cref="TaxonomyFinder"/>).
/// </summary>
internal sealed class ImportTaxonomy
{
    private readonly TaxonomyFinder _sectionsAndTags;
    private readonly Dictionary<string, Person> _people;

    private ImportTaxonomy(TaxonomyFinder sectionsAndTags, Dictionary<string, Person> people)
    {
        _sectionsAndTags = sectionsAndTags;
        _people = people;
    }

    public static async Task<ImportTaxonomy> LoadAsync(BylineDb db, IReadOnlyList<MarkdownStory> stories, CancellationToken cancellationToken)
    {
        var personSlugs = stories.SelectMany(s => s.Meta.Authors).Select(a => a.Slug!).Distinct().ToList();
        var people = await db.People.Where(p => personSlugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        var sectionsAndTags = new TaxonomyFinder(db);
        await sectionsAndTags.LoadAsync(cancellationToken);
        return new ImportTaxonomy(sectionsAndTags, people);
    }

    public Section Section(NamedSlug named) => _sectionsAndTags.Section(named.Slug!, named.Name!.Trim()).Section;

    public Person Person(NamedSlug named)
    {
        if (!_people.TryGetValue(named.Slug!, out var person))
        {
            person = new Person { Slug = named.Slug!, Name = named.Name!.Trim() };
            _people.Add(person.Slug, person);
        }
        return person;
    }

    public Tag Tag(NamedSlug named) => _sectionsAndTags.Tag(named.Slug!, named.Name!.Trim()).Tag;
}
