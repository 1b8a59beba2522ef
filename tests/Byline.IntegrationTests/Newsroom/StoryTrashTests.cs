using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Comments;
using Byline.IntegrationTests.Search;
using Byline.Site;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>A story goes to the trash only after a confirmation, disappears from every reader surface, and comes back whole.</summary>
public sealed class StoryTrashTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_story_in_the_trash_is_gone_from_every_reader_surface_and_restoring_it_brings_back_its_page_comments_and_old_address()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Quillbrook lighthouse keeper retires after forty winters", await StoryDesk.SectionIdAsync(host, "city"));
        using (var published = await StoryDesk.MoveAsync(editor, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        var oldSlug = (await StoryAsync(id)).Slug;
        using (var renamed = await StoryDesk.SaveAsync(editor, id, await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}"),
            new Dictionary<string, string> { ["Draft.Slug"] = "quillbrook-keeper-retires" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }
        var story = await StoryAsync(id);
        var urls = host.Services.GetRequiredService<SiteUrls>();
        var path = urls.Article("city", story.PublishedAt!.Value, "quillbrook-keeper-retires");
        var oldPath = urls.Article("city", story.PublishedAt!.Value, oldSlug);
        await host.AddCommentsAsync(CommentArrangements.NewComment(id, "Thank you for every safe night at sea."));
        using var reader = host.CreateReader();

        Assert.Contains("Thank you for every safe night at sea.", await PageTextAsync(reader, path), StringComparison.Ordinal);
        await AssertRedirectsAsync(reader, oldPath, path);
        Assert.Equal(["quillbrook-keeper-retires"], await host.SlugsAsync("q=quillbrook"));
        Assert.Contains("Quillbrook lighthouse", await PageTextAsync(reader, "/"), StringComparison.Ordinal);

        var confirmation = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}/trash");
        Assert.Contains("Quillbrook lighthouse keeper retires", confirmation.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("off the public site at once", confirmation.QuerySelector(".nr-trash-confirm")!.TextContent, StringComparison.Ordinal);
        using (var trashed = await TrashDesk.TrashAsync(editor, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        using (var gone = await reader.GetAsync(new Uri(path, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }
        using (var oldGone = await reader.GetAsync(new Uri(oldPath, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, oldGone.StatusCode);
        }
        Assert.DoesNotContain("Quillbrook", await PageTextAsync(reader, "/"), StringComparison.Ordinal);
        Assert.DoesNotContain("quillbrook", await PageTextAsync(reader, "/feed"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quillbrook", await PageTextAsync(reader, "/city/feed"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quillbrook", await PageTextAsync(reader, "/sitemap-articles-1.xml"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quillbrook", await PageTextAsync(reader, "/news-sitemap.xml"), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await host.SlugsAsync("q=quillbrook"));
        var stories = await editor.Client.GetDocumentAsync("/newsroom/stories");
        Assert.Contains("is in the trash and off the public site", stories.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(stories.QuerySelector($"a[href='/newsroom/stories/{id}']"));
        using (var editorPage = await editor.Client.GetAsync(new Uri($"/newsroom/stories/{id}", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, editorPage.StatusCode);
        }
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.ArticleId == id, Cancel)));
        Assert.True(await host.WithDatabaseAsync(db => db.Revisions.AnyAsync(r => r.ArticleId == id, Cancel)));
        var trashPage = await editor.Client.GetDocumentAsync("/newsroom/trash");
        var row = trashPage.QuerySelectorAll(".nr-trash-table tr").Single(r => r.TextContent.Contains("Quillbrook", StringComparison.Ordinal));
        Assert.Contains(editor.User.DisplayName, row.TextContent, StringComparison.Ordinal);
        Assert.Equal("30", row.QuerySelectorAll("td")[3].TextContent.Trim());

        using (var restored = await TrashDesk.RestoreAsync(editor, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        var back = await StoryAsync(id);
        Assert.Equal(ArticleStatus.Published, back.Status);
        Assert.Equal(story.PublishedAt!.Value.ToUnixTimeMilliseconds(), back.PublishedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Contains("Thank you for every safe night at sea.", await PageTextAsync(reader, path), StringComparison.Ordinal);
        await AssertRedirectsAsync(reader, oldPath, path);
        Assert.Contains("Quillbrook lighthouse", await PageTextAsync(reader, "/"), StringComparison.Ordinal);
        Assert.Contains("quillbrook", await PageTextAsync(reader, "/feed"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["quillbrook-keeper-retires"], await host.SlugsAsync("q=quillbrook"));
        var audit = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Subject == $"article:{id}" && (e.Action == AuditActions.ArticleTrashed || e.Action == AuditActions.ArticleRestored))
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Cancel));
        Assert.Equal([AuditActions.ArticleTrashed, AuditActions.ArticleRestored], audit);
    }

    [Fact]
    public async Task A_post_without_the_confirmation_moves_nothing_to_the_trash()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Unconfirmed trash stays on the desk", await StoryDesk.SectionIdAsync(host, "city"));

        using var bare = await editor.Client.PostFormAsync($"/newsroom/stories/{id}/trash", new Dictionary<string, string>());
        using var no = await editor.Client.PostFormAsync($"/newsroom/stories/{id}/trash", new Dictionary<string, string> { ["confirm"] = "false" });
        using var garbled = await editor.Client.PostFormAsync($"/newsroom/stories/{id}/trash", new Dictionary<string, string> { ["confirm"] = "yes please" });
        using var oldForm = await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Delete", new Dictionary<string, string>(), $"/newsroom/stories/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("nothing was moved", await bare.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, no.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oldForm.StatusCode);
        Assert.Equal($"/newsroom/stories/{id}/trash", oldForm.Headers.Location!.OriginalString);
        Assert.True(await host.WithDatabaseAsync(db => db.Articles.AnyAsync(a => a.Id == id, Cancel)));
    }

    [Fact]
    public async Task The_story_page_links_to_the_confirmation_and_holds_no_form_that_deletes_in_one_click()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "One click is never enough", await StoryDesk.SectionIdAsync(host, "city"));

        var page = await editor.Client.GetDocumentAsync($"/newsroom/stories/{id}");

        var link = page.QuerySelector($".nr-trash-panel a[href='/newsroom/stories/{id}/trash']")!;
        Assert.Contains("button--danger", link.ClassName, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*='handler=Delete']"));
        Assert.Null(page.QuerySelector("#story-form .nr-trash-panel"));
    }

    [Fact]
    public async Task A_contributor_trashes_and_restores_their_own_draft_but_not_anothers_and_deletes_nothing_for_good()
    {
        using var contributor = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        using var other = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);
        var own = await StoryDesk.CreateAsync(contributor, "A contributor's own draft to bin", await StoryDesk.SectionIdAsync(host, "city"));
        var theirs = await StoryDesk.CreateAsync(other, "Another contributor's draft", await StoryDesk.SectionIdAsync(host, "city"));

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(contributor, $"/newsroom/stories/{theirs}/trash"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(contributor, $"/newsroom/stories/{theirs}/trash"));
        Assert.False(await IsTrashedAsync(theirs));
        using (var trashed = await TrashDesk.TrashAsync(contributor, own))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }
        Assert.True(await IsTrashedAsync(own));

        var trash = await contributor.Client.GetDocumentAsync("/newsroom/trash");
        Assert.Contains("A contributor's own draft to bin", trash.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(trash.QuerySelector("a[href='/newsroom/trash/empty']"));
        Assert.Null(trash.QuerySelector(".nr-trash-delete"));
        Assert.Null(trash.QuerySelector("a[href='/newsroom/trash']"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(contributor, $"/newsroom/trash/stories/{own}/delete"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(contributor, $"/newsroom/trash/stories/{own}/delete", "/newsroom/trash"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(contributor, "/newsroom/trash/empty"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(contributor, "/newsroom/trash/empty", "/newsroom/trash"));
        Assert.True(await IsTrashedAsync(own));

        using (var theirsTrashed = await TrashDesk.TrashAsync(other, theirs))
        {
            Assert.Equal(HttpStatusCode.Redirect, theirsTrashed.StatusCode);
        }
        using (var notMine = await TrashDesk.RestoreAsync(contributor, theirs))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        }
        using (var mine = await TrashDesk.RestoreAsync(contributor, own))
        {
            Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        }
        Assert.False(await IsTrashedAsync(own));
        Assert.True(await IsTrashedAsync(theirs));
        Assert.Equal(ArticleStatus.Draft, (await StoryAsync(own)).Status);
    }

    [Fact]
    public async Task An_author_cannot_trash_a_published_story_restore_anothers_or_delete_for_good()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var live = await PublishedAsync(author, "An author's live story stays live");
        var editors = await StoryDesk.CreateAsync(editor, "An editor's draft in the bin", await StoryDesk.SectionIdAsync(host, "city"));
        using (await TrashDesk.TrashAsync(editor, editors))
        {
        }

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(author, $"/newsroom/stories/{live}/trash"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(author, $"/newsroom/stories/{live}/trash"));
        using (var restore = await TrashDesk.RestoreAsync(author, editors))
        {
            Assert.Equal(HttpStatusCode.Forbidden, restore.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(author, $"/newsroom/trash/stories/{editors}/delete", "/newsroom/trash"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(author, "/newsroom/trash/empty", "/newsroom/trash"));
        Assert.False(await IsTrashedAsync(live));
        Assert.True(await IsTrashedAsync(editors));
        Assert.DoesNotContain("An editor's draft in the bin", (await author.Client.GetDocumentAsync("/newsroom/trash")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_trashes_and_restores_a_published_story_sees_the_trash_in_the_navigation_but_deletes_nothing_for_good()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);
        var live = await PublishedAsync(author, "An editor takes this one down");

        Assert.NotNull((await editor.Client.GetDocumentAsync("/newsroom")).QuerySelector(".nr-nav a[href='/newsroom/trash']"));
        using (var trashed = await TrashDesk.TrashAsync(editor, live))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(editor, $"/newsroom/trash/stories/{live}/delete"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(editor, $"/newsroom/trash/stories/{live}/delete", "/newsroom/trash"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(editor, "/newsroom/trash/empty"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostConfirmedAsync(editor, "/newsroom/trash/empty", "/newsroom/trash"));
        Assert.True(await IsTrashedAsync(live));
        using (var restored = await TrashDesk.RestoreAsync(editor, live))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }
        Assert.Equal(ArticleStatus.Published, (await StoryAsync(live)).Status);
        Assert.Null((await author.Client.GetDocumentAsync("/newsroom")).QuerySelector(".nr-nav a[href='/newsroom/trash']"));
    }

    [Fact]
    public async Task An_admin_deletes_one_story_for_good_and_empties_the_trash_each_after_a_confirmation_and_audited()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var section = await StoryDesk.SectionIdAsync(host, "city");
        var first = await StoryDesk.CreateAsync(admin, "First story for the shredder", section);
        var second = await StoryDesk.CreateAsync(admin, "Second story for the shredder", section);
        using (await TrashDesk.TrashAsync(admin, first))
        using (await TrashDesk.TrashAsync(admin, second))
        {
        }

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(admin, $"/newsroom/trash/stories/{first}/delete", [], "/newsroom/trash"));
        Assert.True(await ExistsAsync(first));
        using (var deleted = await TrashDesk.DeleteForGoodAsync(admin, first))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }
        Assert.False(await ExistsAsync(first));

        var confirmation = await admin.Client.GetDocumentAsync("/newsroom/trash/empty");
        Assert.Contains("cannot be undone", confirmation.QuerySelector(".nr-trash-confirm")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(admin, "/newsroom/trash/empty", [], "/newsroom/trash/empty"));
        Assert.True(await ExistsAsync(second));
        using (var emptied = await BrowserForm.Read(confirmation, ".nr-trash-confirm form").PostAsync(admin.Client, "/newsroom/trash/empty"))
        {
            Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        }
        Assert.False(await ExistsAsync(second));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AllArticles.CountAsync(a => a.TrashedAt != null, Cancel)));
        var deletions = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditActions.ArticleDeleted && (e.Subject == $"article:{first}" || e.Subject == $"article:{second}"))
            .Select(e => e.ActorId).ToListAsync(Cancel));
        Assert.Equal([admin.User.Id, admin.User.Id], deletions);
        Assert.True(await host.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TrashEmptied && e.ActorId == admin.User.Id, Cancel)));
    }

    [Fact]
    public async Task Anonymous_visitors_reach_none_of_the_trash_and_move_nothing()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Out of an anonymous visitor's reach", await StoryDesk.SectionIdAsync(host, "city"));
        using var anonymous = NewsroomSession.CreateClient(host);

        foreach (var path in new[] { "/newsroom/trash", $"/newsroom/stories/{id}/trash", $"/newsroom/trash/stories/{id}/delete", "/newsroom/trash/empty" })
        {
            using var get = await anonymous.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.StartsWith("/newsroom/sign-in", get.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
        using var post = await anonymous.PostAsync(new Uri($"/newsroom/stories/{id}/trash", UriKind.Relative),
            new FormUrlEncodedContent([new("confirm", "true")]), Cancel);
        Assert.False(post.IsSuccessStatusCode);
        Assert.False(await IsTrashedAsync(id));
    }

    [Fact]
    public async Task A_trashed_story_keeps_its_slug_so_no_new_story_takes_its_address()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var section = await StoryDesk.SectionIdAsync(host, "city");
        var id = await StoryDesk.CreateAsync(editor, "Harbour wall repairs begin", section);
        var slug = (await StoryAsync(id)).Slug;
        using (await TrashDesk.TrashAsync(editor, id))
        {
        }

        using var taken = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", StoryDesk.Fields("Harbour wall repairs begin again", section, slug: slug), "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("already uses the slug", await taken.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private Task<Article> StoryAsync(int id) =>
        host.WithDatabaseAsync(db => db.AllArticles.AsNoTracking().SingleAsync(a => a.Id == id, Cancel));

    private Task<bool> IsTrashedAsync(int id) =>
        host.WithDatabaseAsync(db => db.AllArticles.AnyAsync(a => a.Id == id && a.TrashedAt != null, Cancel));

    private Task<bool> ExistsAsync(int id) =>
        host.WithDatabaseAsync(db => db.AllArticles.AnyAsync(a => a.Id == id, Cancel));

    private async Task<int> PublishedAsync(NewsroomSession author, string headline)
    {
        var id = await StoryDesk.CreateAsync(author, headline, await StoryDesk.SectionIdAsync(host, "city"));
        using var published = await StoryDesk.MoveAsync(author, id, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return id;
    }

    private static async Task<string> PageTextAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static async Task AssertRedirectsAsync(HttpClient client, string from, string to)
    {
        using var response = await client.GetAsync(new Uri(from, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith(to, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusAsync(NewsroomSession session, string path)
    {
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        return response.StatusCode;
    }

    private static Task<HttpStatusCode> PostConfirmedAsync(NewsroomSession session, string path, string? formPage = null) =>
        PostAsync(session, path, new Dictionary<string, string> { ["confirm"] = "true" }, formPage ?? "/newsroom");

    private static async Task<HttpStatusCode> PostAsync(NewsroomSession session, string path, Dictionary<string, string> fields, string formPage)
    {
        using var response = await session.Client.PostFormAsync(path, fields, formPage);
        return response.StatusCode;
    }
}
