using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>A story and its audit entry go together: a delete that cannot be recorded deletes nothing.</summary>
public sealed class StoryDeletionTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_delete_whose_audit_entry_fails_leaves_the_story_and_one_that_succeeds_records_it_once()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, "Quarry road closes for the winter", await StoryDesk.SectionIdAsync(host, "city"));

        await RefuseDeletionAuditAsync(refuse: true);
        try
        {
            using var failed = await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Delete", new Dictionary<string, string>(), $"/newsroom/stories/{id}");
            Assert.NotEqual(HttpStatusCode.Redirect, failed.StatusCode);
        }
        finally
        {
            await RefuseDeletionAuditAsync(refuse: false);
        }
        Assert.True(await host.WithDatabaseAsync(db => db.Articles.AnyAsync(a => a.Id == id, Cancel)), "the story went without its audit entry");

        using var deleted = await editor.Client.PostFormAsync($"/newsroom/stories/{id}?handler=Delete", new Dictionary<string, string>(), $"/newsroom/stories/{id}");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await host.WithDatabaseAsync(db => db.Articles.AnyAsync(a => a.Id == id, Cancel)));
        var entry = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.ArticleDeleted && e.Subject == $"article:{id}", Cancel));
        Assert.Equal(editor.User.Id, entry.ActorId);
        Assert.Equal("Deleted “Quarry road closes for the winter”", entry.Details);
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
