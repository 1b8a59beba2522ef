using System.Globalization;
using Byline.Accounts;
using Byline.Content;
using Byline.Notifications;
using Byline.Outcomes;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.Publishing;

/// <summary>
/// Notes on drafts: staff talk about a story beside it (the whole story, or one paragraph of its body), answer each
/// other (one level of replies) and resolve what is dealt with. Who may do what is <see cref="ArticleAccess"/>'s
/// (<see cref="ArticleAccess.CanUseNotes"/>, <see cref="ArticleAccess.CanResolveNote"/>). A note that mentions a member
/// by <c>@handle</c> (<see cref="MentionHandles"/>) notifies them in the same transaction. A reply notifies nobody but
/// those it mentions: the notes panel shows the thread, and a notification per reply would drown the mentions.
/// Adding and resolving notes are newsroom talk, not changes to the story: they are not audited.
/// </summary>
public sealed class StoryNotes(BylineDb db, NewsroomNotifications notifications, TimeProvider clock)
{
    /// <summary>How many members the "you can mention" hint lists at most (the story's people first, then editors).</summary>
    private const int MentionHintLimit = 12;

    /// <summary>How much of a paragraph the "About" list and a note's quote show.</summary>
    public const int QuoteLength = 60;

    public const string BodyField = "NoteBody";
    public const string AboutField = "NoteAbout";

    public async Task<Outcome<StoryNotesView>> ReadAsync(int articleId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var story = await StoryAsync(articleId, cancellationToken);
        if (story is null)
        {
            return Outcome.NotFound("There is no such story.").As<StoryNotesView>();
        }
        if (!ArticleAccess.CanUseNotes(actor, story.Status, story.IsOwn(actor)))
        {
            return Outcome.Forbidden("Your role cannot read the notes on this story.").As<StoryNotesView>();
        }

        var notes = await db.StoryNotes.AsNoTracking().Where(n => n.ArticleId == articleId).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var paragraphs = BodyParagraphs.Of(story.Body);
        var own = story.IsOwn(actor);
        var threads = notes.Where(n => n.ParentId is null).Select(note =>
        {
            var replies = notes.Where(r => r.ParentId == note.Id).ToList();
            var canResolve = ArticleAccess.CanResolveNote(actor, story.Status, own, note.AuthorId is { } by && by == actor.UserId);
            if (note.AnchorText is not { } start)
            {
                return new NoteThread(note, replies, null, false, null, canResolve);
            }
            var found = BodyParagraphs.Find(paragraphs, note.AnchorIndex ?? -1, start);
            return new NoteThread(note, replies, BodyParagraphs.Quote(start, QuoteLength), found is null, found, canResolve);
        }).ToList();

        var choices = paragraphs.Select((text, index) => (text, index))
            .Where(p => p.text.Length > 0)
            .Select(p => new NoteParagraph(p.index, BodyParagraphs.Quote(p.text, QuoteLength)))
            .ToList();
        // The author sees what the story was sent back with until it is resolved or the story is in review again.
        var sentBack = story.Status == ArticleStatus.Draft
            ? notes.LastOrDefault(n => n.Kind == StoryNoteKind.SentBack && n.ResolvedAt is null)
            : null;
        return Outcome.Done(new StoryNotesView(
            articleId,
            story.Headline,
            ArticleAccess.CanEdit(actor, story.Status, own),
            threads.Where(t => t.Note.ResolvedAt is null).ToList(),
            threads.Where(t => t.Note.ResolvedAt is not null).OrderByDescending(t => t.Note.ResolvedAt).ToList(),
            choices,
            await MentionableAsync(story, cancellationToken),
            sentBack), "");
    }

    /// <summary>
    /// Adds a note (<paramref name="parentId"/> null; <paramref name="anchorIndex"/> the paragraph it is about, or null
    /// for the whole story) or a reply to a note that starts a thread. Nothing is stored when the note is refused.
    /// </summary>
    public async Task<Outcome<StoryNotesView>> AddAsync(
        int articleId, string? body, int? anchorIndex, int? parentId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var story = await StoryAsync(articleId, cancellationToken);
        if (story is null)
        {
            return Outcome.NotFound("There is no such story.").As<StoryNotesView>();
        }
        if (!ArticleAccess.CanUseNotes(actor, story.Status, story.IsOwn(actor)))
        {
            return Outcome.Forbidden("Your role cannot write notes on this story.").As<StoryNotesView>();
        }
        var text = (body ?? "").ReplaceLineEndings("\n").Trim();
        if (BodyRefusal(text) is { } refusal)
        {
            return Outcome.Invalid(new Dictionary<string, string> { [BodyField] = refusal }).As<StoryNotesView>();
        }

        string? anchorText = null;
        if (parentId is { } parent)
        {
            var thread = await db.StoryNotes.AsNoTracking().Where(n => n.Id == parent && n.ArticleId == articleId)
                .Select(n => new { n.ParentId }).SingleOrDefaultAsync(cancellationToken);
            if (thread is null)
            {
                return Outcome.Invalid("The note you are replying to is not on this story (it may have gone with a restore). Reload the page.").As<StoryNotesView>();
            }
            if (thread.ParentId is not null)
            {
                return Outcome.Invalid("Reply to the note that starts the thread: a reply is not answered on its own.").As<StoryNotesView>();
            }
            // A reply is about what its thread is about.
            anchorIndex = null;
        }
        else if (anchorIndex is { } index)
        {
            var paragraphs = BodyParagraphs.Of(story.Body);
            if (index < 0 || index >= paragraphs.Count || paragraphs[index].Length == 0)
            {
                return Outcome.Invalid(new Dictionary<string, string>
                {
                    [AboutField] = "That paragraph is not in the story as last saved. Choose one from the list again, or the whole story.",
                }).As<StoryNotesView>();
            }
            anchorText = BodyParagraphs.Start(paragraphs[index], StoryNote.AnchorTextMaxLength);
        }

        var note = new StoryNote
        {
            ArticleId = articleId,
            ParentId = parentId,
            Kind = StoryNoteKind.Note,
            AuthorId = actor.UserId,
            AuthorName = Cut(actor.Name, StoryNote.AuthorNameMaxLength),
            Body = text,
            CreatedAt = clock.GetUtcNow(),
            AnchorIndex = anchorText is null ? null : anchorIndex,
            AnchorText = anchorText,
        };
        db.StoryNotes.Add(note);
        var notified = await NotifyMentionedAsync(story, text, actor, cancellationToken);
        // One SaveChanges, one transaction: the note and the notifications of its mentions together, or neither.
        await db.SaveChangesAsync(cancellationToken);

        var said = parentId is null ? "Note added." : "Reply added.";
        return Outcome.Done(await ViewAfterAsync(articleId, actor, cancellationToken),
            notified.Count == 0 ? said : $"{said} Notified: {string.Join(", ", notified)}.");
    }

    /// <summary>Resolves (or reopens) a note that starts a thread; its replies go with it. Doing it twice changes nothing.</summary>
    public async Task<Outcome<StoryNotesView>> SetResolvedAsync(int articleId, int noteId, bool resolved, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var story = await StoryAsync(articleId, cancellationToken);
        if (story is null)
        {
            return Outcome.NotFound("There is no such story.").As<StoryNotesView>();
        }
        var own = story.IsOwn(actor);
        if (!ArticleAccess.CanUseNotes(actor, story.Status, own))
        {
            return Outcome.Forbidden("Your role cannot read the notes on this story.").As<StoryNotesView>();
        }
        var note = await db.StoryNotes.AsNoTracking().Where(n => n.Id == noteId && n.ArticleId == articleId)
            .Select(n => new { n.ParentId, n.AuthorId }).SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            return Outcome.Invalid("That note is not on this story any more. Reload the page.").As<StoryNotesView>();
        }
        if (note.ParentId is not null)
        {
            return Outcome.Invalid("Resolve the note that starts the thread: its replies go with it.").As<StoryNotesView>();
        }
        if (!ArticleAccess.CanResolveNote(actor, story.Status, own, note.AuthorId is { } by && by == actor.UserId))
        {
            return Outcome.Forbidden("Only the note's writer, the story's own people and editors resolve or reopen a note.").As<StoryNotesView>();
        }

        var now = clock.GetUtcNow();
        var name = Cut(actor.Name, StoryNote.AuthorNameMaxLength);
        var changed = resolved
            ? await db.StoryNotes.Where(n => n.Id == noteId && n.ResolvedAt == null).ExecuteUpdateAsync(u => u
                .SetProperty(n => n.ResolvedAt, now)
                .SetProperty(n => n.ResolvedById, actor.UserId)
                .SetProperty(n => n.ResolvedByName, name), cancellationToken)
            : await db.StoryNotes.Where(n => n.Id == noteId && n.ResolvedAt != null).ExecuteUpdateAsync(u => u
                .SetProperty(n => n.ResolvedAt, (DateTimeOffset?)null)
                .SetProperty(n => n.ResolvedById, (int?)null)
                .SetProperty(n => n.ResolvedByName, (string?)null), cancellationToken);
        var message = (resolved, changed > 0) switch
        {
            (true, true) => "Note resolved.",
            (true, false) => "The note was resolved already.",
            (false, true) => "Note reopened.",
            (false, false) => "The note was open already.",
        };
        return Outcome.Done(await ViewAfterAsync(articleId, actor, cancellationToken), message);
    }

    /// <summary>
    /// The note a story in review is sent back to its author with, for <see cref="ArticlePublisher"/> to store with the
    /// move, or the reason it cannot be (empty, too long), keyed by <see cref="SentBackField"/>.
    /// </summary>
    public static Outcome<StoryNote> SentBack(int articleId, string? text, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var body = (text ?? "").ReplaceLineEndings("\n").Trim();
        if (body.Length == 0)
        {
            return Outcome.Invalid(new Dictionary<string, string>
            {
                [SentBackField] = "Say what needs changing: the author reads it at the top of the story.",
            }).As<StoryNote>();
        }
        if (BodyRefusal(body) is { } refusal)
        {
            return Outcome.Invalid(new Dictionary<string, string> { [SentBackField] = refusal }).As<StoryNote>();
        }
        return Outcome.Done(new StoryNote
        {
            ArticleId = articleId,
            Kind = StoryNoteKind.SentBack,
            AuthorId = actor.UserId,
            AuthorName = Cut(actor.Name, StoryNote.AuthorNameMaxLength),
            Body = body,
            CreatedAt = now,
        }, "");
    }

    public const string SentBackField = "SentBackNote";

    private static string? BodyRefusal(string text)
    {
        if (text.Length == 0)
        {
            return "Write the note first: it is empty.";
        }
        if (text.Length > StoryNote.BodyMaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"A note can be at most {StoryNote.BodyMaxLength:N0} characters; this one has {text.Length:N0}. Shorten it or split it in two.");
        }
        return null;
    }

    private async Task<StoryNotesView> ViewAfterAsync(int articleId, Actor actor, CancellationToken cancellationToken) =>
        (await ReadAsync(articleId, actor, cancellationToken)).Value!;

    /// <summary>Stages a notification for every active member the text mentions who may read this story's notes; returns their names.</summary>
    private async Task<IReadOnlyList<string>> NotifyMentionedAsync(NotedStory story, string text, Actor actor, CancellationToken cancellationToken)
    {
        var mentioned = MentionHandles.In(text);
        if (mentioned.Count == 0)
        {
            return [];
        }
        var members = await db.Users.AsNoTracking()
            .Select(u => new Member(u.Id, u.DisplayName, u.Role, u.PersonId, u.IsDisabled))
            .ToListAsync(cancellationToken);
        var handles = MentionHandles.Of(members.Select(m => (m.Id, m.DisplayName)));
        var recipients = members
            .Where(m => mentioned.Contains(handles[m.Id]) && !m.IsDisabled && m.Id != actor.UserId)
            .Select(m => (Member: m, Reader: new Actor(m.Id, m.DisplayName, m.Role, m.PersonId)))
            .Where(r => ArticleAccess.CanUseNotes(r.Reader, story.Status, story.IsOwn(r.Reader)))
            .ToList();
        var excerpt = text.Length <= 200 ? text : text[..199] + "…";
        var message = $"{actor.Name} mentioned you in a note on “{story.Headline}”: {excerpt}";
        // Each is sent where they can read the notes: the story's page, or the notes page for those who may not edit it.
        foreach (var group in recipients.GroupBy(r => ArticleAccess.CanEdit(r.Reader, story.Status, story.IsOwn(r.Reader))))
        {
            var link = group.Key ? $"/newsroom/stories/{story.Id}#notes" : $"/newsroom/stories/{story.Id}/notes";
            notifications.Add(NotificationKind.Mentioned, group.Select(r => r.Member.Id), actor, message, link, story.Id);
        }
        return recipients.Select(r => r.Member.DisplayName).Order(StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The story's own people who are members, then editors and admins: those a note here usually mentions.</summary>
    private async Task<IReadOnlyList<MentionHint>> MentionableAsync(NotedStory story, CancellationToken cancellationToken)
    {
        var members = await db.Users.AsNoTracking()
            .Select(u => new Member(u.Id, u.DisplayName, u.Role, u.PersonId, u.IsDisabled))
            .ToListAsync(cancellationToken);
        var handles = MentionHandles.Of(members.Select(m => (m.Id, m.DisplayName)));
        bool StorysOwn(Member m) => m.Id == story.CreatedById || (m.PersonId is { } p && story.Authors.Contains(p));
        return members
            .Where(m => !m.IsDisabled && (StorysOwn(m) || m.Role >= NewsroomRole.Editor))
            .OrderBy(m => StorysOwn(m) ? 0 : 1).ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .Take(MentionHintLimit)
            .Select(m => new MentionHint(handles[m.Id], m.DisplayName))
            .ToList();
    }

    private Task<NotedStory?> StoryAsync(int articleId, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new NotedStory(a.Id, a.Status, a.Headline, a.BodyMarkdown, a.CreatedById, a.Authors.Select(x => x.PersonId).ToList()))
            .SingleOrDefaultAsync(cancellationToken);

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";

    private sealed record NotedStory(int Id, ArticleStatus Status, string Headline, string Body, int? CreatedById, List<int> Authors)
    {
        public bool IsOwn(Actor actor) => ArticleAccess.IsOwn(actor, CreatedById, Authors);
    }

    private sealed record Member(int Id, string DisplayName, NewsroomRole Role, int? PersonId, bool IsDisabled);
}
