using Byline.Accounts;
using Byline.Caching;
using Byline.Comments;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Media;
using Byline.Outcomes;
using Byline.Planning;
using Byline.Publishing;
using Byline.Site;
using Byline.Storage;
using Byline.Taxonomy;
using Byline.Testing;
using Byline.Transfer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer;

/// <summary>
/// The sample site plus one of everything a backup must carry, each made through the newsroom's own code: an admin and
/// an editor (with an authenticator key), an open invitation, an uploaded photo that is a story's featured image and the
/// site logo, a story edited into a new address (a revision and a 301), a correction, a renamed tag (an old-path 301),
/// saved site settings, and comments in every state with a reader's reply and a staff reply.
/// </summary>
public class BackupSourceHost : BylineHost
{
    public const string AdminEmail = "ada.archive@newsroom.example.org";
    public const string EditorEmail = "rhea.restore@newsroom.example.org";
    public const string MovedSlug = "saltmarsh-footbridge-rebuild-confirmed";
    public const string SiteTitle = "The Larkhaven Ledger";
    public const string NoteText = "Check the closure year with the council archive, @adaarchive.";
    public const string ReplyText = "Archive says 2019; corrected.";

    private readonly string _archives = Directory.CreateTempSubdirectory("byline-archives-").FullName;
    private readonly Dictionary<bool, string> _exports = [];

    /// <summary>The story's address before the edit moved it; it answers 301 on both sites.</summary>
    public string MovedStoryOldPath { get; private set; } = "";

    public string RenamedTagOldPath { get; } = SiteUrls.Tag("transport");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var cancellationToken = CancellationToken.None;
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        var members = services.GetRequiredService<NewsroomMembers>();
        var admin = (await members.CreateAsync(AdminEmail, "Ada Archive", NewsroomRole.Admin, NewsroomSession.Password, Actor.System("Tests"), cancellationToken)).User!;
        var editor = (await members.CreateAsync(EditorEmail, "Rhea Restore", NewsroomRole.Editor, NewsroomSession.Password, Actor.System("Tests"), cancellationToken)).User!;
        var adminActor = new Actor(admin.Id, admin.DisplayName, NewsroomRole.Admin, admin.PersonId);
        var editorActor = new Actor(editor.Id, editor.DisplayName, NewsroomRole.Editor, editor.PersonId);
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        Assert.True((await users.ResetAuthenticatorKeyAsync((await users.FindByEmailAsync(EditorEmail))!)).Succeeded);
        Assert.True((await services.GetRequiredService<Invitations>().CreateAsync(
            "ivy.invitee@newsroom.example.org", "Ivy Invitee", NewsroomRole.Author, adminActor, cancellationToken)).Succeeded);

        var db = services.GetRequiredService<BylineDb>();
        var bylineWithoutMember = await db.People.Where(p => !db.Users.Any(u => u.PersonId == p.Id)).OrderBy(p => p.Id).FirstAsync(cancellationToken);
        db.AuthorContacts.Add(new AuthorContact { PersonId = bylineWithoutMember.Id, Email = "former.correspondent@mail.example" });
        // A member's choice of notifications by email is part of the site: it travels too.
        db.NotificationPreferences.Add(new Byline.Notifications.NotificationPreference
        {
            UserId = editor.Id, Kind = Byline.Notifications.NotificationKind.StorySubmitted, ByEmail = true, ChosenAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        Assert.True((await services.GetRequiredService<Invitations>().CreateAsync(
            "former.correspondent@mail.example", bylineWithoutMember.Name, NewsroomRole.Contributor, adminActor, cancellationToken, bylineWithoutMember.Id)).Succeeded);

        var photo = MediaTestImages.Jpeg(1400, 900);
        var upload = await services.GetRequiredService<MediaLibrary>().UploadAsync(
            new MediaUpload(new MemoryStream(photo), photo.Length, "harbour-at-dusk.jpg",
                new MediaDetails("The harbour wall at dusk, with the new footbridge beyond", "The footbridge from the harbour wall.", "Ledger photo")),
            adminActor, cancellationToken);
        Assert.True(upload.Succeeded, string.Join(" ", upload.Errors.Values));
        var image = upload.Item!;

        var story = await db.Articles.AsNoTracking().Include(a => a.Section).Include(a => a.Authors).Include(a => a.Tags)
            .SingleAsync(a => a.Slug == Stories.Footbridge, cancellationToken);
        MovedStoryOldPath = services.GetRequiredService<SiteUrls>().Article(story.Section.Slug, story.PublishedAt!.Value, story.Slug);
        var draft = ArticleDraft.From(story);
        draft.Slug = MovedSlug;
        draft.FeaturedImageId = image.Id;
        draft.SeoTitle = "Saltmarsh footbridge rebuild confirmed";
        draft.SeoDescription = "The council confirms the rebuild of the Saltmarsh footbridge on the tram route.";
        var saved = await services.GetRequiredService<ArticleEditor>().SaveAsync(story.Id, draft, adminActor, "", cancellationToken);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
        // The admin's autosaved edits of the live story, not on its page yet: work a restore must carry too.
        draft.Version = saved.Value!.Version;
        draft.Body += "\n\nA paragraph autosaved and not published yet.";
        Assert.True((await services.GetRequiredService<PendingCopies>().KeepAsync(story.Id, draft, adminActor, cancellationToken)).Succeeded);
        Assert.True((await services.GetRequiredService<CorrectionDesk>().AddAsync(
            story.Id, "An earlier version gave the wrong year for the old bridge's closure.", adminActor, cancellationToken)).Succeeded);

        // A line of the plan, started: its reporters and its link to the story it became travel too.
        var assignment = await services.GetRequiredService<AssignmentDesk>().CreateAsync(
            new AssignmentInput("Footbridge reopening day", "Pictures at dawn.", story.SectionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [editor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                "2030-01-01T10:00", "2030-01-01T12:00"),
            adminActor, cancellationToken);
        Assert.True(assignment.Succeeded, string.Join(" ", assignment.Errors.Values));
        Assert.True((await services.GetRequiredService<StoryStart>().StartAsync(assignment.Value, editorActor, cancellationToken)).Succeeded);

        var transport = await db.Tags.AsNoTracking().SingleAsync(t => t.Slug == "transport", cancellationToken);
        Assert.True((await services.GetRequiredService<TagCatalog>().RenameAsync(
            transport.Id, new TagInput("Getting around", "getting-around"), adminActor, cancellationToken)).Succeeded);

        var settings = await services.GetRequiredService<SiteSettingsEditor>().SaveAsync(
            new SiteSettingsInput(SiteTitle, "News from Larkhaven and the Wren estuary.", image.Id, "Europe/London",
                CommentPolicy.Open, 14, HoldFirstComments: true, LimitLinks: true, MaxLinks: 3, "casino", "refund", Version: 0),
            adminActor, cancellationToken);
        Assert.True(settings.Succeeded, string.Join(" ", settings.Errors.Values));

        await AddCommentsInEveryStateAsync(db, services.GetRequiredService<CommentModeration>(), editorActor, cancellationToken);
        await AddNotesAsync(services.GetRequiredService<StoryNotes>(), story.Id, editorActor, adminActor, cancellationToken);

        await services.GetRequiredService<SiteIdentity>().ReloadAsync(cancellationToken);
        await services.GetRequiredService<PublicCache>().EvictEverythingAsync(cancellationToken);
    }

    /// <summary>The archive of this site, exported once per kind of backup.</summary>
    public async Task<string> ArchiveAsync(bool withCredentials)
    {
        if (!_exports.TryGetValue(withCredentials, out var path))
        {
            path = Path.Combine(_archives, withCredentials ? "with-credentials.zip" : "backup.zip");
            await using var scope = Services.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<SiteBackup>(scope.ServiceProvider).ExportAsync(path, withCredentials, null, TestContext.Current.CancellationToken);
            _exports[withCredentials] = path;
        }
        return path;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_archives, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Notes on the story: one on a paragraph that mentions the admin (a notification), answered and resolved, and one open.</summary>
    private static async Task AddNotesAsync(StoryNotes notes, int storyId, Actor editor, Actor admin, CancellationToken cancellationToken)
    {
        var thread = await notes.AddAsync(storyId, NoteText, 0, null, editor, cancellationToken);
        Assert.True(thread.Succeeded, thread.Message);
        var threadId = thread.Value!.Open.Single().Note.Id;
        Assert.True((await notes.AddAsync(storyId, ReplyText, null, threadId, admin, cancellationToken)).Succeeded);
        Assert.True((await notes.SetResolvedAsync(storyId, threadId, true, admin, cancellationToken)).Succeeded);
        Assert.True((await notes.AddAsync(storyId, "Is the new photo credit right?", null, null, admin, cancellationToken)).Succeeded);
    }

    private static async Task AddCommentsInEveryStateAsync(BylineDb db, CommentModeration moderation, Actor editor, CancellationToken cancellationToken)
    {
        var story = await db.Articles.SingleAsync(a => a.Slug == Stories.PortRecord, cancellationToken);
        var approved = await db.Comments.Where(c => c.ArticleId == story.Id && c.Status == CommentStatus.Approved).OrderBy(c => c.Id).FirstAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        db.Comments.AddRange(
            Comment(story.Id, "Pending Pat", "pending.pat@example.net", "Is the ferry still running on Sundays?", CommentStatus.Pending, now.AddMinutes(-50), hold: "First comment from this address"),
            Comment(story.Id, "Casino Carl", "carl@spam.example.com", "Best casino bonus here", CommentStatus.Spam, now.AddMinutes(-40), hold: "Blocked word: casino"),
            Comment(story.Id, "Trashed Tess", "tess@example.org", "Off topic, removed by a moderator.", CommentStatus.Trash, now.AddMinutes(-30)),
            Comment(story.Id, "Replying Rob", "rob@example.org", "Agreed, and the night ferry too.", CommentStatus.Approved, now.AddMinutes(-20), parentId: approved.Id, edited: now.AddMinutes(-18)));
        await db.SaveChangesAsync(cancellationToken);
        var reply = await moderation.ReplyAsync(approved.Id, "Thanks for reading: the ferry timetable is linked in the story.", editor, cancellationToken);
        Assert.Equal(OutcomeKind.Done, reply.Kind);
    }

    private static Comment Comment(int articleId, string name, string email, string body, CommentStatus status, DateTimeOffset at,
        string? hold = null, int? parentId = null, DateTimeOffset? edited = null) => new()
        {
            ArticleId = articleId,
            AuthorName = name,
            AuthorEmail = email,
            AuthorWebsite = status == CommentStatus.Approved ? "https://rob.example.org" : null,
            Body = body,
            Status = status,
            HoldReason = hold,
            ParentId = parentId,
            ClientHash = "5f2b9c1d7e3a4b6c8d0e1f2a3b4c5d6e",
            AvatarSeed = "a1b2c3d4e5f60718",
            CreatedAt = at,
            EditedAt = edited,
        };
}
