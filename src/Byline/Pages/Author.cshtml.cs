using Byline.Caching;
using Byline.Content;
using Byline.Pages.Shared;
using Byline.Site;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Byline.Pages;

[OutputCache(PolicyName = CachePolicies.ReaderPage)]
public sealed class AuthorModel(BylineDb db) : ArchivePageModel<Person>(db)
{
    /// <summary>The contact links with the words a reader sees for each.</summary>
    public IReadOnlyList<ContactLink> Links => Subject.LinkList.Select(ContactLink.Of).ToList();

    public Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken) =>
        ShowAsync(slug, page,
            (wanted, cancel) => Db.People.AsNoTracking().Include(p => p.Photo).FirstOrDefaultAsync(p => p.Slug == wanted, cancel),
            "There is no author at this address.",
            person => new ArchiveScope(
                person.Name,
                SiteUrls.Author(person.Slug),
                string.IsNullOrEmpty(person.Bio) ? $"Stories by {person.Name}." : person.Bio,
                CacheTags.Person(person.Id),
                published => published.WrittenBy(person.Id),
                number => $"{person.Name} has no page {number} of stories.",
                format => SiteUrls.AuthorFeed(person.Slug, format)),
            cancellationToken);

    protected override Func<JsonLdContext, string> JsonLdOf(Person subject, ArchiveScope scope) =>
        context => ProfilePageJsonLd.Build(context, subject);
}
