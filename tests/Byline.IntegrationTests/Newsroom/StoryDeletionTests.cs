using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// A story and its audit entry go together: a deletion for good (by an admin, from the trash) that cannot be recorded
/// deletes nothing.
/// </summary>
public sealed class StoryDeletionTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_delete_whose_audit_entry_fails_leaves_the_story_and_one_that_succeeds_records_it_once()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var id = await StoryDesk.CreateAsync(editor, "Quarry road closes for the winter", await StoryDesk.SectionIdAsync(host, "city"));
        using (var trashed = await TrashDesk.TrashAsync(editor, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        }

        await RefuseDeletionAuditAsync(refuse: true);
        try
        {
            using var failed = await TrashDesk.DeleteForGoodAsync(admin, id);
            Assert.NotEqual(HttpStatusCode.Redirect, failed.StatusCode);
        }
        finally
        {
            await RefuseDeletionAuditAsync(refuse: false);
        }
        Assert.True(await host.WithDatabaseAsync(db => db.AllArticles.AnyAsync(a => a.Id == id && a.TrashedAt != null, Cancel)), "the story went without its audit entry");

        using var deleted = await TrashDesk.DeleteForGoodAsync(admin, id);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.AllArticles.AnyAsync(a => a.Id == id, Cancel)));
        var entry = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.ArticleDeleted && e.Subject == $"article:{id}", Cancel));
        Assert.Equal(admin.User.Id, entry.ActorId);
        Assert.Equal("Deleted “Quarry road closes for the winter”", entry.Details);
    }

    [Fact]
    public async Task A_story_not_in_the_trash_is_never_deleted_for_good()
    {
        using var admin = await NewsroomSession.SignInAsync(host, NewsroomRole.Admin);
        var id = await StoryDesk.CreateAsync(admin, "Still on the desk, not in the bin", await StoryDesk.SectionIdAsync(host, "city"));

        using var page = await admin.Client.GetAsync(new Uri($"/newsroom/trash/stories/{id}/delete", UriKind.Relative), Cancel);
        using var post = await admin.Client.PostFormAsync($"/newsroom/trash/stories/{id}/delete", new Dictionary<string, string> { ["confirm"] = "true" }, "/newsroom/trash");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await host.WithDatabaseAsync(db => db.Articles.AnyAsync(a => a.Id == id, Cancel)));
    }

    /// <summary>A trigger that makes the database refuse every story-deletion audit entry, as a full disk or a lost connection would.</summary>
    private Task<bool> RefuseDeletionAuditAsync(bool refuse) => host.WithDatabaseAsync(async db =>
    {
        string[] statements = (db.Database.IsNpgsql(), refuse) switch
        {
            (true, true) =>
            [
                "CREATE FUNCTION refuse_deletion_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$",
                $"CREATE TRIGGER refuse_deletion_audit BEFORE INSERT ON \"AuditEntries\" FOR EACH ROW WHEN (NEW.\"Action\" = '{AuditActions.ArticleDeleted}') EXECUTE FUNCTION refuse_deletion_audit()",
            ],
            (true, false) => ["DROP TRIGGER refuse_deletion_audit ON \"AuditEntries\"", "DROP FUNCTION refuse_deletion_audit()"],
            (false, true) =>
            [
                $"CREATE TRIGGER refuse_deletion_audit BEFORE INSERT ON AuditEntries WHEN NEW.Action = '{AuditActions.ArticleDeleted}' BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
            ],
            (false, false) => ["DROP TRIGGER refuse_deletion_audit"],
        };
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, Cancel);
        }
        return true;
    });
}
