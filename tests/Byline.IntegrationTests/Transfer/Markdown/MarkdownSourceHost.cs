using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Media;
using Byline.Outcomes;
using Byline.Publishing;
using Byline.Storage;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer.Markdown;

/// <summary>
/// The sample newsroom plus stories with every feature a story file carries, each made through the newsroom's own code:
/// a published story with three authors, a new tag, unicode everywhere, Windows line endings, a featured image, an image
/// in its body, SEO fields, closed comments, two corrections and an update after publication; a draft; a story
/// scheduled for next week sharing the featured image; and a sample story given a featured image.
/// </summary>
public sealed class MarkdownSourceHost : BylineHost
{
    public const string Feature = "tramway-cafe-lodz-tokyo";
    public const string Draft = "harbour-ferry-timetable-draft";
    public const string Scheduled = "regatta-preview-scheduled";
    public const string FeatureHeadline = "Crème brûlée on the tram: Łódź and 東京 lessons for Larkhaven’s “night service” 🚋";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var cancellationToken = CancellationToken.None;
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var admin = (await services.GetRequiredService<NewsroomMembers>().CreateAsync(
            "mina.markdown@newsroom.example.org", "Mina Markdown", NewsroomRole.Admin, NewsroomSession.Password, Actor.System("Tests"), cancellationToken)).User!;
        var actor = new Actor(admin.Id, admin.DisplayName, NewsroomRole.Admin, admin.PersonId);

        var library = services.GetRequiredService<MediaLibrary>();
        var featured = await UploadAsync(library, actor, MediaTestImages.Jpeg(1400, 900), "Tram at Night.JPG",
            new MediaDetails("A tram at the Harbour Terminus at night", "The last tram of the trial’s first night.", "Ledger photo / Ça va"));
        var inBody = await UploadAsync(library, actor, MediaTestImages.Jpeg(700, 500), "łódź-depot.jpg",
            new MediaDetails("The tram depot in Łódź", "", ""));

        var db = services.GetRequiredService<BylineDb>();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id).Take(3).Select(p => p.Id).ToListAsync(cancellationToken);
        var culture = await db.Sections.AsNoTracking().SingleAsync(s => s.Slug == "culture", cancellationToken);
        var editor = services.GetRequiredService<ArticleEditor>();
        var publisher = services.GetRequiredService<ArticlePublisher>();

        var feature = new ArticleDraft
        {
            Headline = FeatureHeadline,
            Slug = Feature,
            Kind = StoryKind.Analysis,
            Standfirst = "What two cities with late trams — Łódź and Tokyo (東京) — can teach the trial. «Ça marche», says one rider.",
            Body = $"Opening paragraph with “quotes” and an em dash — here.\r\n\r\n## Łódź by night\r\n\r\n![The tram depot in Łódź](/media/{inBody.StorageKey}-640.jpg)\r\n\r\n"
                + "A list:\r\n\r\n- first\r\n- second 東京\r\n\r\n> A quote, and a [link](https://example.org/ünïcode).\r\n",
            SectionId = culture.Id,
            Tags = "Transport, Café culture, Ünïcode",
            AuthorIds = [people[2], people[0], people[1]],
            FeaturedImageId = featured.Id,
            SeoTitle = "Night trams: lessons from Łódź and Tokyo",
            SeoDescription = "Two cities, late trams and «Ça marche».",
            CommentsOpen = false,
        };
        var id = await SaveAsync(editor, null, feature, actor);
        Succeeded(await publisher.MoveAsync(id, WorkflowMove.Publish, actor, null, cancellationToken));
        // The publisher changes the row with one UPDATE: the scope's context still tracks the draft it saved.
        db.ChangeTracker.Clear();
        Succeeded(await services.GetRequiredService<CorrectionDesk>().AddAsync(id, "An earlier version placed Łódź in Czechia.", actor, cancellationToken));
        Succeeded(await services.GetRequiredService<CorrectionDesk>().AddAsync(id, "The standfirst misspelt “東京”.", actor, cancellationToken));
        var published = await db.Articles.AsNoTracking().Include(a => a.Authors).Include(a => a.Tags).Include(a => a.Section).SingleAsync(a => a.Id == id, cancellationToken);
        var edit = ArticleDraft.From(published);
        edit.Body += "\r\nAn added paragraph after publication.\r\n";
        await SaveAsync(editor, id, edit, actor);

        await SaveAsync(editor, null, new ArticleDraft
        {
            Headline = "Harbour ferry timetable (draft)",
            Slug = Draft,
            Body = "Notes for the ferry story.\n",
            SectionId = culture.Id,
            AuthorIds = [people[0]],
        }, actor);

        var scheduled = await SaveAsync(editor, null, new ArticleDraft
        {
            Headline = "Regatta preview",
            Slug = Scheduled,
            Standfirst = "Eights on the Wren next Saturday.",
            Body = "The crews.\n",
            SectionId = culture.Id,
            Tags = "Rowing",
            AuthorIds = [people[1], people[2]],
            FeaturedImageId = featured.Id,
        }, actor);
        Succeeded(await publisher.MoveAsync(scheduled, WorkflowMove.Schedule, actor, DateTimeOffset.UtcNow.AddDays(7), cancellationToken));

        var footbridge = await db.Articles.AsNoTracking().Include(a => a.Authors).Include(a => a.Tags).Include(a => a.Section)
            .SingleAsync(a => a.Slug == Stories.Footbridge, cancellationToken);
        var withImage = ArticleDraft.From(footbridge);
        withImage.FeaturedImageId = inBody.Id;
        await SaveAsync(editor, footbridge.Id, withImage, actor);
    }

    private static async Task<MediaItem> UploadAsync(MediaLibrary library, Actor actor, byte[] photo, string name, MediaDetails details)
    {
        var upload = await library.UploadAsync(new MediaUpload(new MemoryStream(photo), photo.Length, name, details), actor, CancellationToken.None);
        Assert.True(upload.Succeeded, string.Join(" ", upload.Errors.Values));
        return upload.Item!;
    }

    private static void Succeeded(Outcome result) => Assert.True(result.Succeeded, $"{result.Kind}: {result.Message}");

    private static async Task<int> SaveAsync(ArticleEditor editor, int? id, ArticleDraft draft, Actor actor)
    {
        var saved = await editor.SaveAsync(id, draft, actor, "", CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
        return saved.Value!.ArticleId;
    }
}
