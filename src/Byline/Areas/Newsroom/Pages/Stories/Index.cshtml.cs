using Byline.Accounts;
using Byline.Content;
using Byline.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Byline.Areas.Newsroom.Pages.Stories;

/// <summary>The stories a member can work on, newest first, filtered by status, section, their own or everyone's.</summary>
public sealed class IndexModel(BylineDb db) : NewsroomPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public bool SeesEveryone { get; private set; }
    public IReadOnlyList<StoryRow> Stories { get; private set; } = [];
    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        SeesEveryone = actor.IsAtLeast(NewsroomRole.Editor);
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ToListAsync(cancellationToken);

        var stories = db.Articles.AsNoTracking();
        if (!SeesEveryone)
        {
            stories = stories.Where(a => a.CreatedById == actor.UserId || a.Authors.Any(x => x.PersonId == actor.PersonId));
        }
        if (Status is { } status)
        {
            stories = stories.Where(a => a.Status == status);
        }
        if (Section is { } section)
        {
            stories = stories.Where(a => a.SectionId == section);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = LikePattern.Containing(Q.Trim());
            stories = stories.Where(a => EF.Functions.Like(SqlText.Lower(a.Headline), pattern, LikePattern.Escape));
        }
        var rows = await stories
            .OrderByDescending(a => a.PublishedAt ?? a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new StoryRow(a.Id, a.Headline, a.Section.Name, a.Status, a.PublishedAt, a.CreatedAt,
                a.Authors.OrderBy(x => x.Position).Select(x => x.Person.Name).ToList()))
            .ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Stories = rows.Take(PageSize).ToList();
    }
}
