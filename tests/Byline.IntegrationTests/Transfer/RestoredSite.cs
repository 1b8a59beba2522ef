using System.Net;
using Byline.IntegrationTests.Comments;
using Byline.Site;
using Byline.Testing;
using Byline.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer;

/// <summary>What the restore tests do to and check on a restored site.</summary>
internal static class RestoredSite
{
    public static async Task<SiteRestoreResult> RestoreAsync(BylineHost target, string archive)
    {
        await using var scope = target.Services.CreateAsyncScope();
        var result = await ActivatorUtilities.CreateInstance<SiteRestore>(scope.ServiceProvider).ImportAsync(archive, null, TestContext.Current.CancellationToken);
        // As a restart would: the running site read its (empty) settings before the restore.
        await target.Services.GetRequiredService<SiteIdentity>().ReloadAsync(TestContext.Current.CancellationToken);
        return result;
    }

    /// <param name="acrossEngines">
    /// The sites run on different engines: times are compared to the microsecond, and search results ordered by relevance
    /// are left out, since each engine ranks by its own measure (SearchEngineAgreementTests compares the engines' results).
    /// </param>
    public static async Task AssertSamePublicSiteAsync(BackupSourceHost source, EmptySiteHost restored, bool acrossEngines = false)
    {
        var paths = await PublicPages.CrawlAsync(source, [source.MovedStoryOldPath, source.RenamedTagOldPath]);
        if (acrossEngines)
        {
            paths = [.. paths.Where(p => !p.StartsWith("/search?", StringComparison.Ordinal) || p.Contains("sort=newest", StringComparison.Ordinal))];
        }
        Assert.True(paths.Count > 80, $"the crawl reached only {paths.Count} addresses");
        Assert.Contains(paths, p => p.StartsWith("/media/", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.Contains(BackupSourceHost.MovedSlug, StringComparison.Ordinal));

        var differences = await PublicPages.DifferencesAsync(source, restored, paths, toMicroseconds: acrossEngines);

        Assert.True(differences.Count == 0, $"{differences.Count} of {paths.Count} addresses differ:\n{string.Join("\n", differences.Take(10))}");
    }

    public static async Task<bool> SignsInAsync(EmptySiteHost host, string email)
    {
        using var client = NewsroomSession.CreateClient(host);
        using var response = await client.PostFormAsync("/newsroom/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = NewsroomSession.Password,
        });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    /// <summary>The restored rows kept their ids; a new comment, member and audit entry must get new ones (PostgreSQL's sequences moved on).</summary>
    public static async Task AssertNewRowsGetNewIdsAsync(EmptySiteHost restored)
    {
        var (maxComment, maxUser, maxAudit) = await restored.WithDatabaseAsync(async db => (
            await db.Comments.MaxAsync(c => c.Id, TestContext.Current.CancellationToken),
            await db.Users.MaxAsync(u => u.Id, TestContext.Current.CancellationToken),
            await db.AuditEntries.MaxAsync(e => e.Id, TestContext.Current.CancellationToken)));
        using var reader = restored.CreateReader();
        var form = await CommentForm.ReadAsync(reader, await restored.PathOfAsync(Stories.PortRecord));
        using var posted = await reader.SendAsync(form.Post("New Reader", "new.reader@example.net", null, "First comment after the move."), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.True(await restored.WithDatabaseAsync(db => db.Comments.AnyAsync(c => c.AuthorEmail == "new.reader@example.net" && c.Id > maxComment, TestContext.Current.CancellationToken)));

        using var member = await NewsroomSession.SignInAsync(restored, Byline.Accounts.NewsroomRole.Author, "Newly Joined");
        Assert.True(member.User.Id > maxUser);
        Assert.True(await restored.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Id > maxAudit, TestContext.Current.CancellationToken)));
    }
}
