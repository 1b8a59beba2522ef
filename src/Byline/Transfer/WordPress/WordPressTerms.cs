using Byline.Content;
using Byline.Taxonomy;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Categories as sections and tags as tags, matched by slug with the site's own (<see cref="TaxonomyFinder"/>). A story
/// lives in one section, its first category's; its other categories become tags.
/// </summary>
internal sealed class WordPressTerms(WordPressImportState state)
{
    public const string PagesSectionSlug = "pages";
    public const string UncategorizedSlug = "uncategorized";
    public const int TermSlugMaxLength = 80;
    public const int TermNameMaxLength = 80;

    private readonly TaxonomyFinder _taxonomy = new(state.Db);

    public Task StartAsync(CancellationToken cancellationToken) => _taxonomy.LoadAsync(cancellationToken);

    public async Task WriteAsync(WxrTerm term, CancellationToken cancellationToken)
    {
        var report = state.Report;
        var kind = term.Kind == WxrTermKind.Category ? ImportKinds.Category : ImportKinds.Tag;
        var count = report[term.Kind == WxrTermKind.Category ? WordPressImportReport.Categories : WordPressImportReport.Tags];
        var slug = TermSlug(term.Slug, term.Name);
        if (slug.Length == 0)
        {
            count.NotImported++;
            report.Note(term.Line, kind, $"“{term.Name}”", "no slug or name to make an address from: not imported");
            return;
        }
        if (state.Imported.ContainsKey((kind, slug)))
        {
            count.AlreadyThere++;
            return;
        }
        var name = state.Markdown.Text(term.Name.Length > 0 ? term.Name : slug);
        if (term.Kind == WxrTermKind.Category)
        {
            await SectionAsync(slug, name, state.Markdown.Text(term.Description), term.Line, cancellationToken);
        }
        else
        {
            await TagAsync(slug, name, cancellationToken);
        }
        count.Imported++;
    }

    /// <summary>The section of a story: "Pages" for a page, else its first category's, else "Uncategorized".</summary>
    public async Task<int> PrimarySectionAsync(WxrItem item, bool isPage, CancellationToken cancellationToken)
    {
        if (isPage)
        {
            return await SectionAsync(PagesSectionSlug, "Pages", "Pages imported from WordPress.", item.Line, cancellationToken);
        }
        var first = item.Terms.FirstOrDefault(t => t.Kind == WxrTermKind.Category);
        if (first is null)
        {
            return await SectionAsync(UncategorizedSlug, "Uncategorized", "", item.Line, cancellationToken);
        }
        var slug = TermSlug(first.Slug, first.Name);
        if (state.Imported.TryGetValue((ImportKinds.Category, slug), out var known))
        {
            return known;
        }
        state.Report[WordPressImportReport.Categories].Imported++;
        return await SectionAsync(slug.Length > 0 ? slug : UncategorizedSlug, state.Markdown.Text(first.Name), "", item.Line, cancellationToken);
    }

    /// <summary>Tags, and the categories after the first (a story lives in one section; the others become tags).</summary>
    public async Task<List<Tag>> TagsOfAsync(WxrItem item, CancellationToken cancellationToken)
    {
        var tags = new List<Tag>();
        var firstCategory = true;
        foreach (var term in item.Terms)
        {
            if (term.Kind == WxrTermKind.Category && firstCategory)
            {
                firstCategory = false;
                continue;
            }
            var slug = TermSlug(term.Slug, term.Name);
            if (slug.Length == 0)
            {
                continue;
            }
            if (term.Kind == WxrTermKind.Tag && !state.Imported.ContainsKey((ImportKinds.Tag, slug)))
            {
                state.Report[WordPressImportReport.Tags].Imported++;
            }
            var tag = await TagAsync(slug, state.Markdown.Text(term.Name.Length > 0 ? term.Name : slug), cancellationToken);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }
        return tags;
    }

    /// <summary>The batch is saved and the change tracker emptied: the sections and tags it held are known by id from now on.</summary>
    public void EndBatch() => _taxonomy.Forget();

    private async Task<int> SectionAsync(string slug, string name, string description, int line, CancellationToken cancellationToken)
    {
        var wordPressSlug = slug;
        if (ReservedSlugs.Fixed.Contains(slug))
        {
            slug = slug[..Math.Min(slug.Length, TermSlugMaxLength - 8)] + "-section";
            state.Report.Note(line, ImportKinds.Category, $"“{name}”", $"the address /{wordPressSlug} belongs to the site itself: the section is /{slug}");
        }
        var (section, isNew) = _taxonomy.Section(slug, WordPressImportRun.Shorten(name, TermNameMaxLength), WordPressImportRun.Shorten(description, 500));
        if (isNew)
        {
            state.Staging.Created(section);
            await state.SaveAsync(cancellationToken);
        }
        if (!state.Imported.ContainsKey((ImportKinds.Category, wordPressSlug)))
        {
            state.Record(ImportKinds.Category, wordPressSlug, section.Id);
        }
        return section.Id;
    }

    /// <summary>The tag, tracked in this batch: a story of the batch must use this instance, not a second one with the same key.</summary>
    private async Task<Tag> TagAsync(string slug, string name, CancellationToken cancellationToken)
    {
        var (tag, isNew) = _taxonomy.Tag(slug, WordPressImportRun.Shorten(name, TermNameMaxLength));
        if (isNew)
        {
            state.Staging.Created(tag);
            await state.SaveAsync(cancellationToken);
        }
        if (!state.Imported.ContainsKey((ImportKinds.Tag, slug)))
        {
            state.Record(ImportKinds.Tag, slug, tag.Id);
        }
        return tag;
    }

    /// <summary>Sections and tags have addresses of at most <see cref="TermSlugMaxLength"/> characters.</summary>
    private static string TermSlug(string slug, string name)
    {
        var made = WordPressSlugs.From(slug.Length > 0 ? slug : name);
        if (made.Length == 0 && slug.Length > 0)
        {
            made = WordPressSlugs.From(name);
        }
        return made.Length <= TermSlugMaxLength ? made : made[..TermSlugMaxLength].TrimEnd('-');
    }
}
