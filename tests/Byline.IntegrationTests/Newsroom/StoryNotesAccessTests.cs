using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using static Byline.IntegrationTests.Newsroom.StoryNotesDesk;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Every role against reading, writing, answering and resolving a story's notes, through real HTTP.</summary>
public sealed class StoryNotesAccessTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public enum Whose
    {
        /// <summary>The member under test wrote the story (a draft).</summary>
        Own,

        /// <summary>The member under test wrote the story, and an editor published it: a contributor may no longer edit it.</summary>
        OwnPublished,

        /// <summary>Another author wrote the story (a draft).</summary>
        Someone,
    }

    public static TheoryData<NewsroomRole, Whose, bool> Cases() => new()
    {
        { NewsroomRole.Contributor, Whose.Own, true },
        { NewsroomRole.Contributor, Whose.OwnPublished, true },
        { NewsroomRole.Contributor, Whose.Someone, false },
        { NewsroomRole.Author, Whose.Own, true },
        { NewsroomRole.Author, Whose.Someone, false },
        { NewsroomRole.Editor, Whose.Someone, true },
        { NewsroomRole.Admin, Whose.Someone, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_member_reads_writes_answers_and_resolves_notes_exactly_where_the_role_table_says(NewsroomRole role, Whose whose, bool allowed)
    {
        using var member = await NewsroomSession.SignInAsync(host, role, $"Member {role} {whose}");
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Desk Editor");
        using var otherAuthor = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Other Author");
        var section = await StoryDesk.SectionIdAsync(host, "city");
        var id = await StoryDesk.CreateAsync(whose == Whose.Someone ? otherAuthor : member, $"Notes access {role} {whose} {Guid.NewGuid():N}", section);
        if (whose == Whose.OwnPublished)
        {
            using var published = await StoryDesk.MoveAsync(editor, id, "Publish");
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        using (var thread = await AddAsync(editor, id, "The editor note."))
        {
            Assert.Equal(HttpStatusCode.Redirect, thread.StatusCode);
        }
        var threadId = (await NoteAsync(host, id, "The editor note.")).Id;

        using var read = await member.Client.GetAsync(new Uri($"/newsroom/stories/{id}/notes", UriKind.Relative), Cancel);
        using var add = await AddAsync(member, id, $"A note by {role}.");
        using var reply = await ReplyAsync(member, id, threadId, $"A reply by {role}.");
        using var resolve = await ResolveAsync(member, id, threadId);

        var notes = await NotesAsync(host, id);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Contains("The editor note.", await read.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
            // Those who may edit the story go back to its page; a contributor whose story is live, to the notes page.
            var back = whose == Whose.OwnPublished && role == NewsroomRole.Contributor ? $"/newsroom/stories/{id}/notes" : $"/newsroom/stories/{id}#notes";
            Assert.All(new[] { add, reply, resolve }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
            Assert.All(new[] { add, reply, resolve }, r => Assert.Equal(back, r.Headers.Location!.OriginalString));
            Assert.Contains(notes, n => n.Body == $"A note by {role}." && n.AuthorId == member.User.Id && n.ParentId is null);
            Assert.Contains(notes, n => n.Body == $"A reply by {role}." && n.ParentId == threadId);
            Assert.Equal(member.User.Id, notes.Single(n => n.Id == threadId).ResolvedById);
        }
        else
        {
            Assert.All(new[] { read, add, reply, resolve }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
            Assert.Single(notes);
            Assert.Null(notes[0].ResolvedAt);
        }
    }

    [Fact]
    public async Task A_contributor_whose_story_went_live_reads_its_notes_on_the_notes_page_though_the_story_page_is_closed_to_them()
    {
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(contributor, $"Live contributor story {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        using (await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
        }
        using (await AddAsync(editor, id, "Well done on this one."))
        {
        }

        using var story = await contributor.Client.GetAsync(new Uri($"/newsroom/stories/{id}", UriKind.Relative), Cancel);
        var notes = await contributor.Client.GetDocumentAsync($"/newsroom/stories/{id}/notes");

        // The story page sends them to its read-only view, which links to the notes.
        Assert.Equal(HttpStatusCode.Redirect, story.StatusCode);
        Assert.Equal($"/newsroom/stories/{id}/read", new Uri(host.BaseAddress, story.Headers.Location!).PathAndQuery);
        var read = await contributor.Client.GetDocumentAsync($"/newsroom/stories/{id}/read");
        Assert.NotNull(read.QuerySelector($"main a[href='/newsroom/stories/{id}/notes']"));
        Assert.Contains("Notes on", notes.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Well done on this one.", notes.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        // No link to a page they cannot open.
        Assert.Null(notes.QuerySelector($"main a[href='/newsroom/stories/{id}']"));
    }

    [Fact]
    public async Task Only_the_notes_writer_the_storys_people_and_editors_resolve_a_note()
    {
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Story Author");
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var stranger = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Stranger Author");
        var id = await StoryDesk.CreateAsync(author, $"Resolving rights {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        using (await AddAsync(editor, id, "Editor point."))
        {
        }
        var note = await NoteAsync(host, id, "Editor point.");

        using var refused = await ResolveAsync(stranger, id, note.Id);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null((await NoteAsync(host, id, note.Body)).ResolvedAt);

        // The story's author resolves the editor's note; the editor reopens it.
        using var resolved = await ResolveAsync(author, id, note.Id);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        Assert.Equal(author.User.Id, (await NoteAsync(host, id, note.Body)).ResolvedById);
        using var reopened = await ResolveAsync(editor, id, note.Id, resolve: false);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null((await NoteAsync(host, id, note.Body)).ResolvedAt);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_stores_nothing()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, $"Anonymous notes {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(host, "city"));
        using (await AddAsync(editor, id, "Staff only."))
        {
        }
        var note = await NoteAsync(host, id, "Staff only.");
        using var anonymous = NewsroomSession.CreateClient(host);

        using var read = await anonymous.GetAsync(new Uri($"/newsroom/stories/{id}/notes", UriKind.Relative), Cancel);
        var responses = new List<HttpResponseMessage>();
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("Add", new() { ["NoteBody"] = "Anonymous note." }),
            ("Reply", new() { ["NoteBody"] = "Anonymous reply.", ["ParentId"] = note.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            ("Resolve", new() { ["NoteId"] = note.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        })
        {
            responses.Add(await anonymous.PostFormAsync($"/newsroom/stories/{id}/notes?handler={handler}", fields, "/newsroom/sign-in"));
        }

        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", read.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff only.", await read.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.All(responses, r => Assert.False(r.IsSuccessStatusCode || r.StatusCode == HttpStatusCode.Redirect && !r.Headers.Location!.OriginalString.Contains("/newsroom/sign-in", StringComparison.Ordinal),
            $"an anonymous post answered {(int)r.StatusCode} {r.Headers.Location}"));
        var notes = await NotesAsync(host, id);
        Assert.Single(notes);
        Assert.Null(notes[0].ResolvedAt);
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task A_story_that_does_not_exist_answers_404()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);

        using var read = await editor.Client.GetAsync(new Uri("/newsroom/stories/987654/notes", UriKind.Relative), Cancel);
        using var add = await AddAsync(editor, 987654, "Nowhere.");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.StoryNotes.AnyAsync(n => n.Body == "Nowhere.", Cancel)));
    }
}
