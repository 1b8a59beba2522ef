using System.Net;
using AngleSharp.Dom;
using Byline.Accounts;
using Byline.Content;
using Byline.Testing;
using static Byline.IntegrationTests.Newsroom.StoryNotesDesk;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>Notes on drafts through the story page's notes panel: writing, replying, resolving, anchors, and refusals.</summary>
public sealed class StoryNotesTests(BylineHost host) : IClassFixture<BylineHost>
{
    private const string Body = "The council voted nine to four to rebuild the footbridge.\n\n## What happened\n\nThe details of the vote.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_note_written_on_the_story_page_is_answered_resolved_into_the_folded_list_and_reopened()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Nell Notes");
        var id = await StoryDesk.CreateAsync(editor, "Harbour fees rise for the second time", await StoryDesk.SectionIdAsync(host, "city"), Body);

        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        Assert.Equal("The whole story", page.QuerySelector("#note-about option:checked")!.TextContent);
        Assert.Equal("About", page.QuerySelector("label[for='note-about']")!.TextContent);
        using var added = await BrowserForm.Read(page, "#note-add").Set("NoteBody", "Check the <b>fee</b> figures\nwith the port office.").PostAsync(editor.Client);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/newsroom/stories/{id}#notes", added.Headers.Location!.OriginalString);
        page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var note = page.QuerySelector("#notes ol[aria-label='Open notes'] .story-note")!;
        Assert.Contains("Nell Notes", note.QuerySelector(".story-note__meta")!.TextContent, StringComparison.Ordinal);
        var text = note.QuerySelector(".story-note__body")!;
        // Plain text, encoded, its line break kept.
        Assert.Contains("Check the <b>fee</b> figures", text.TextContent, StringComparison.Ordinal);
        Assert.Null(text.QuerySelector("b"));
        Assert.NotNull(text.QuerySelector("br"));

        using var replied = await BrowserForm.Read(note, "form.story-note__reply").Set("NoteBody", "Port office confirms the figures.").PostAsync(editor.Client);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        note = page.QuerySelector("#notes ol[aria-label='Open notes'] .story-note")!;
        Assert.Equal("Port office confirms the figures.", note.QuerySelector(".story-note__replies .story-note__body")!.TextContent.Trim());

        using var resolved = await BrowserForm.Read(note, "form.story-note__resolve").PostAsync(editor.Client);
        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        Assert.Null(page.QuerySelector("#notes ol[aria-label='Open notes']"));
        var folded = page.QuerySelector("#notes details.story-notes__resolved")!;
        Assert.Equal("Resolved notes (1)", folded.QuerySelector("summary")!.TextContent);
        Assert.Null(folded.GetAttribute("open"));
        Assert.Contains("Resolved by Nell Notes", folded.TextContent, StringComparison.Ordinal);
        Assert.Null(folded.QuerySelector("form.story-note__reply"));
        var stored = await NoteAsync(host, id, "Check the <b>fee</b> figures\nwith the port office.");
        Assert.Equal(editor.User.Id, stored.ResolvedById);

        using var reopened = await BrowserForm.Read(folded, "form.story-note__resolve").PostAsync(editor.Client);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        Assert.Null(page.QuerySelector("#notes details.story-notes__resolved"));
        Assert.Single(page.QuerySelectorAll("#notes ol[aria-label='Open notes'] > li"));
        Assert.Null((await NoteAsync(host, id, stored.Body)).ResolvedAt);
    }

    [Fact]
    public async Task A_note_on_a_paragraph_quotes_it_follows_it_when_paragraphs_move_and_says_when_it_has_changed()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Footbridge vote", await StoryDesk.SectionIdAsync(host, "city"), Body);
        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        var options = page.QuerySelectorAll("#note-about option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal(("", "The whole story"), options[0]);
        Assert.Equal(("0", "¶ 1: The council voted nine to four to rebuild the footbridge."), options[1]);
        Assert.Equal(("1", "¶ 2: What happened"), options[2]);

        using var added = await BrowserForm.Read(page, "#note-add").Set("NoteAbout", "0").Set("NoteBody", "Which councillors voted against?").PostAsync(editor.Client);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("on ‘The council voted nine to four to rebuild the footbridge.’", await AnchorAsync(editor, id));

        // A paragraph written above it moves it down: the note still finds it.
        page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        using (var saved = await StoryDesk.SaveAsync(editor, id, page, new Dictionary<string, string> { ["Draft.Body"] = "A new opening paragraph.\n\n" + Body }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal("on ‘The council voted nine to four to rebuild the footbridge.’", await AnchorAsync(editor, id));

        page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        using (var saved = await StoryDesk.SaveAsync(editor, id, page, new Dictionary<string, string> { ["Draft.Body"] = Body.Replace("nine to four", "ten to three", StringComparison.Ordinal) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal("on ‘The council voted nine to four to rebuild the footbridge.’ — the paragraph has changed", await AnchorAsync(editor, id));
    }

    public static TheoryData<string, string, string?, string> BadNotes() => new()
    {
        // kind, body, about (null: reply), the message
        { "empty", "   ", "", "Write the note first: it is empty." },
        { "too long", new string('x', StoryNote.BodyMaxLength + 1), "", "A note can be at most 4,000 characters; this one has 4,001." },
        { "about a paragraph the body does not have", "Out of range.", "7", "That paragraph is not in the story as last saved." },
        { "about something that is not a paragraph", "Nonsense.", "first", "Choose the whole story or one of its paragraphs." },
        { "a reply to a note of no story", "Orphan reply.", "unknown", "The note you are replying to is not on this story" },
        { "a reply to a reply", "Nested reply.", "reply", "Reply to the note that starts the thread" },
        { "an empty reply", "", "thread", "Write the note first: it is empty." },
    };

    [Theory]
    [MemberData(nameof(BadNotes))]
    public async Task A_refused_note_answers_400_with_the_reason_keeps_what_was_typed_and_stores_nothing(string kind, string body, string? about, string message)
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, $"Refused note: {kind}", await StoryDesk.SectionIdAsync(host, "city"), Body);
        using (var thread = await AddAsync(editor, id, "The thread."))
        {
            Assert.Equal(HttpStatusCode.Redirect, thread.StatusCode);
        }
        var threadId = (await NoteAsync(host, id, "The thread.")).Id;
        using (var reply = await ReplyAsync(editor, id, threadId, "A reply."))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        }
        var replyId = (await NoteAsync(host, id, "A reply.")).Id;
        var before = (await NotesAsync(host, id)).Count;

        using var response = about switch
        {
            "unknown" => await ReplyAsync(editor, id, int.MaxValue, body),
            "reply" => await ReplyAsync(editor, id, replyId, body),
            "thread" => await ReplyAsync(editor, id, threadId, body),
            _ => await AddAsync(editor, id, body, about!),
        };

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains(message, page.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        if (about is "" or "7" && body.Trim().Length > 0)
        {
            Assert.Equal(body, page.QuerySelector("#note-body")!.TextContent);
        }
        Assert.Equal(before, (await NotesAsync(host, id)).Count);
    }

    [Fact]
    public async Task Resolving_a_reply_or_a_note_of_another_story_is_refused_and_changes_nothing()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var section = await StoryDesk.SectionIdAsync(host, "city");
        var id = await StoryDesk.CreateAsync(editor, "Resolve refusals", section, Body);
        var other = await StoryDesk.CreateAsync(editor, "Resolve refusals, the other story", section, Body);
        using (await AddAsync(editor, id, "Thread to keep open."))
        {
        }
        var thread = await NoteAsync(host, id, "Thread to keep open.");
        using (await ReplyAsync(editor, id, thread.Id, "Its reply."))
        {
        }
        var reply = await NoteAsync(host, id, "Its reply.");

        using var onReply = await ResolveAsync(editor, id, reply.Id);
        using var elsewhere = await ResolveAsync(editor, other, thread.Id);

        Assert.Equal(HttpStatusCode.BadRequest, onReply.StatusCode);
        Assert.Contains("Resolve the note that starts the thread", await onReply.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.All(await NotesAsync(host, id), n => Assert.Null(n.ResolvedAt));
    }

    [Fact]
    public async Task The_trash_keeps_a_story_s_notes_and_deleting_it_for_good_takes_them_and_their_replies()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var id = await StoryDesk.CreateAsync(editor, "A story deleted with its notes", await StoryDesk.SectionIdAsync(host, "city"), Body);
        using (await AddAsync(editor, id, "A note that goes with the story.", "0"))
        {
        }
        using (await ReplyAsync(editor, id, (await NoteAsync(host, id, "A note that goes with the story.")).Id, "A reply that goes too."))
        {
        }
        Assert.Equal(2, (await NotesAsync(host, id)).Count);

        using (var trashed = await TrashDesk.TrashAsync(editor, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }
        Assert.Equal(2, (await NotesAsync(host, id)).Count);

        using var deleted = await TrashDesk.DeleteForGoodAsync(admin, id);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await NotesAsync(host, id));
    }

    private static async Task<string> AnchorAsync(NewsroomSession session, int id)
    {
        var page = await session.Client.GetDocumentAsync($"/newsroom/stories/{id}");
        return Squash(page.QuerySelector("#notes .story-note__anchor")!);
    }

    private static string Squash(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
