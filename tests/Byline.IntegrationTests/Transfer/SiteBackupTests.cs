using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Byline.Comments;
using Byline.Testing;
using Byline.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer;

/// <summary>
/// <c>export site</c> / <c>import site</c>: a backup of a lived-in site restored into an empty one is the same site
/// (every public page byte for byte, every row), and a damaged or hostile archive changes nothing. On PostgreSQL when
/// BYLINE_TEST_POSTGRES is set, like every host.
/// </summary>
public sealed class SiteBackupTests(BackupSourceHost source, EmptySiteHost empty) : IClassFixture<BackupSourceHost>, IClassFixture<EmptySiteHost>
{
    private static readonly string[] CredentialKinds = ["userLogins", "userTokens", "invitations"];

    [Fact]
    public async Task A_backup_restored_into_an_empty_site_serves_the_same_pages_and_holds_the_same_rows()
    {
        var archive = await source.ArchiveAsync(withCredentials: false);
        await using var restored = await StartEmptySiteAsync();

        var result = await RestoredSite.RestoreAsync(restored, archive);

        Assert.True(result.Matches, string.Join(", ", result.Kinds.Where(k => !k.Matches)));
        var expected = await SiteRows.CountAsync(source);
        foreach (var kind in CredentialKinds)
        {
            expected[kind] = 0;
        }
        Assert.Equal(expected, await SiteRows.CountAsync(restored));
        Assert.Equal(expected.Where(k => !CredentialKinds.Contains(k.Key)).ToDictionary(), result.Kinds.Where(k => k.Name != SiteBackup.MediaFilesKind).ToDictionary(k => k.Name, k => k.Restored));
        Assert.NotEmpty(SiteRows.MediaFiles(source));
        Assert.Equal(SiteRows.MediaFiles(source), SiteRows.MediaFiles(restored));

        await RestoredSite.AssertSamePublicSiteAsync(source, restored);
        await AssertSameDataAsync(archive, restored, withCredentials: false);
        await AssertSameNotesAsync(restored);
        await AssertSameCommenterHashesAsync(restored);
        Assert.False(await RestoredSite.SignsInAsync(restored, BackupSourceHost.EditorEmail), "a member signed in to a site restored without credentials");
        await RestoredSite.AssertNewRowsGetNewIdsAsync(restored);
    }

    [Fact]
    public async Task A_backup_with_credentials_restores_sign_ins_two_factor_keys_and_invitations()
    {
        var archive = await source.ArchiveAsync(withCredentials: true);
        await using var restored = await StartEmptySiteAsync();

        var result = await RestoredSite.RestoreAsync(restored, archive);

        Assert.True(result.Matches, string.Join(", ", result.Kinds.Where(k => !k.Matches)));
        Assert.True(result.Manifest.WithCredentials);
        var counts = await SiteRows.CountAsync(restored);
        Assert.Equal(await SiteRows.CountAsync(source), counts);
        Assert.True(counts["userTokens"] > 0 && counts["invitations"] > 0);
        await RestoredSite.AssertSamePublicSiteAsync(source, restored);
        await AssertSameDataAsync(archive, restored, withCredentials: true);
        Assert.True(await RestoredSite.SignsInAsync(restored, BackupSourceHost.EditorEmail), "the editor could not sign in to a site restored with credentials");
        Assert.True(await RestoredSite.SignsInAsync(restored, BackupSourceHost.AdminEmail), "the admin could not sign in to a site restored with credentials");
        await RestoredSite.AssertNewRowsGetNewIdsAsync(restored);
    }

    [Fact]
    public async Task A_backup_without_credentials_carries_no_password_hash_security_stamp_key_or_invitation()
    {
        var plain = TestArchives.Entries(await source.ArchiveAsync(withCredentials: false));
        var full = TestArchives.Entries(await source.ArchiveAsync(withCredentials: true));

        var users = Encoding.UTF8.GetString(plain["data/staffUsers.json"]);
        Assert.Contains(BackupSourceHost.EditorEmail, users, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", users, StringComparison.Ordinal);
        Assert.DoesNotContain("securityStamp", users, StringComparison.Ordinal);
        Assert.DoesNotContain("data/userTokens.json", plain.Keys);
        Assert.DoesNotContain("data/invitations.json", plain.Keys);
        Assert.Contains("\"withCredentials\": false", Encoding.UTF8.GetString(plain["manifest.json"]), StringComparison.Ordinal);

        Assert.Contains("passwordHash", Encoding.UTF8.GetString(full["data/staffUsers.json"]), StringComparison.Ordinal);
        Assert.Contains("AuthenticatorKey", Encoding.UTF8.GetString(full["data/userTokens.json"]), StringComparison.Ordinal);
        Assert.Contains("ivy.invitee@newsroom.example.org", Encoding.UTF8.GetString(full["data/invitations.json"]), StringComparison.Ordinal);
        Assert.Contains("\"withCredentials\": true", Encoding.UTF8.GetString(full["manifest.json"]), StringComparison.Ordinal);
        // A private backup: the commenters' emails are in it, which is why it must be kept private.
        Assert.Contains("pending.pat@example.net", Encoding.UTF8.GetString(plain["data/comments.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_of_the_model_is_carried_by_the_archive()
    {
        var (tables, carried) = await source.WithDatabaseAsync(db => Task.FromResult((
            db.Model.GetEntityTypes().Select(e => e.Name).ToList(),
            ArchiveKinds.All.Select(k => k.EntityType(db).Name).ToHashSet())));

        Assert.All(tables, table => Assert.True(carried.Contains(table), $"{table} is not in the archive: add it to ArchiveKinds"));
        var manifest = JsonNode.Parse(TestArchives.Entries(await source.ArchiveAsync(withCredentials: true))["manifest.json"])!;
        Assert.Equal(ArchiveKinds.All.Select(k => k.Name), manifest["kinds"]!.AsArray().Select(k => (string)k!["name"]!));
    }

    [Fact]
    public async Task The_export_reads_one_snapshot_while_the_site_keeps_taking_comments()
    {
        await using var site = new BylineHost();
        await site.InitializeAsync();
        var before = await site.WithDatabaseAsync(db => db.Comments.CountAsync(TestContext.Current.CancellationToken));
        var writer = new WriteDuringExport(site);
        var path = Path.Combine(site.DataPath, "during.zip");

        await using (var scope = site.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<SiteBackup>(scope.ServiceProvider).ExportAsync(path, false, writer, TestContext.Current.CancellationToken);
        }

        Assert.True(writer.StoredMidExport);
        Assert.Equal(before + 1, await site.WithDatabaseAsync(db => db.Comments.CountAsync(TestContext.Current.CancellationToken)));
        var entries = TestArchives.Entries(path);
        var comments = Encoding.UTF8.GetString(entries["data/comments.json"]);
        Assert.DoesNotContain(WriteDuringExport.Email, comments, StringComparison.Ordinal);
        Assert.Equal(before, JsonNode.Parse(comments)!.AsArray().Count);
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        Assert.Equal(before, (int)manifest["kinds"]!.AsArray().Single(k => (string)k!["name"]! == "comments")!["count"]!);
    }

    [Fact]
    public async Task A_restore_into_a_site_that_has_content_is_refused_and_changes_nothing()
    {
        var archive = await source.ArchiveAsync(withCredentials: false);
        var before = await SiteRows.CountAsync(source);

        var refused = await Assert.ThrowsAsync<SiteTransferException>(() => RestoredSite.RestoreAsync(source, archive));

        Assert.Contains("not empty", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Byline__SampleContent=false", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SiteRows.CountAsync(source));
    }

    [Theory]
    [InlineData("truncated", "cut short")]
    [InlineData("not a zip", "not a zip archive")]
    [InlineData("a zip that is not a Byline archive", "not a Byline site archive: it has no manifest.json")]
    [InlineData("an entry named ../evil", "unsafe path, “../evil”")]
    [InlineData("an entry with an absolute path", "unsafe path, “/etc/cron.d/evil”")]
    [InlineData("a symbolic link", "data/sections.json is a symbolic link")]
    [InlineData("an entry of 51 MB", "may have at most 50 MB")]
    [InlineData("200,001 entries", "at most 200,000")]
    [InlineData("a newer format version", "format version 2")]
    [InlineData("a missing kind", "the archive has no comments")]
    [InlineData("an unknown entry", "does not have: data/notes.txt")]
    [InlineData("bad JSON midway", "data/comments.json, item 3 (line 4): not valid JSON")]
    [InlineData("a bad value midway", "field “status” \"Sideways\" is not a valid CommentStatus")]
    [InlineData("a duplicate slug midway", "the database refused the articles")]
    [InlineData("a count that does not add up", "but manifest.json says")]
    [InlineData("a media file no item has", "no media item in the archive has this file")]
    [InlineData("a damaged media file", "the entry is damaged")]
    public async Task A_damaged_or_hostile_archive_is_refused_with_one_line_and_the_database_stays_empty(string damage, string message)
    {
        var archive = await source.ArchiveAsync(withCredentials: false);
        var damaged = Damage(archive, damage, Path.Combine(empty.DataPath, Guid.NewGuid().ToString("N") + ".zip"));

        var refused = await Assert.ThrowsAsync<SiteTransferException>(() => RestoredSite.RestoreAsync(empty, damaged));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.All(await SiteRows.CountAsync(empty), kind => Assert.True(kind.Value == 0, $"{kind.Key}: {kind.Value} rows after a refused restore"));
        Assert.Empty(SiteRows.MediaFiles(empty));
    }

    private static string Damage(string archive, string damage, string target)
    {
        switch (damage)
        {
            case "truncated":
                var bytes = File.ReadAllBytes(archive);
                File.WriteAllBytes(target, bytes[..(bytes.Length / 2)]);
                return target;
            case "not a zip":
                File.WriteAllText(target, "This is a note, not an archive.\n");
                return target;
            case "a zip that is not a Byline archive":
                return TestArchives.Write(target, ("README.txt", "Holiday photos"u8.ToArray()), ("photos/beach.jpg", [0xFF, 0xD8, 0xFF]));
            case "an entry named ../evil":
                return TestArchives.Copy(archive, target, (_, content) => content, [("../evil", "#!/bin/sh\n"u8.ToArray())]);
            case "an entry with an absolute path":
                return TestArchives.Copy(archive, target, (_, content) => content, [("/etc/cron.d/evil", "* * * * * root true\n"u8.ToArray())]);
            case "a symbolic link":
                return TestArchives.Copy(archive, target, (name, content) => name == "data/sections.json" ? "/etc/passwd"u8.ToArray() : content,
                    links: new HashSet<string> { "data/sections.json" });
            case "an entry of 51 MB":
                return TestArchives.Copy(archive, target, (_, content) => content, [("media/0123456789abcdef0123456789abcdef-320.jpg", new byte[51 * 1024 * 1024])]);
            case "200,001 entries":
                return TestArchives.Copy(archive, target, (_, content) => content,
                    Enumerable.Range(0, 200_001).Select(i => ($"x/{i}", Array.Empty<byte>())));
            case "a newer format version":
                return EditManifest(archive, target, manifest => manifest["formatVersion"] = 2);
            case "a missing kind":
                var withoutComments = TestArchives.Copy(archive, target + ".tmp", (name, content) => name == "data/comments.json" ? null : content);
                return EditManifest(withoutComments, target, manifest =>
                    manifest["kinds"]!.AsArray().Remove(manifest["kinds"]!.AsArray().Single(k => (string)k!["name"]! == "comments")));
            case "an unknown entry":
                return TestArchives.Copy(archive, target, (_, content) => content, [("data/notes.txt", "remember the milk"u8.ToArray())]);
            case "bad JSON midway":
                // Item 3 of the comments, on line 4, is cut off: the sections, people and stories before it were already read.
                return EditLines(archive, target, "data/comments.json", lines => lines[3] = lines[3][..30]);
            case "a bad value midway":
                return EditLines(archive, target, "data/comments.json", lines =>
                {
                    var spam = Array.FindIndex(lines, l => l.Contains("\"status\":\"Spam\"", StringComparison.Ordinal));
                    lines[spam] = lines[spam].Replace("\"status\":\"Spam\"", "\"status\":\"Sideways\"", StringComparison.Ordinal);
                });
            case "a duplicate slug midway":
                return EditLines(archive, target, "data/articles.json", lines =>
                {
                    var second = JsonNode.Parse(lines[2].TrimEnd(','))!;
                    second["slug"] = (string)JsonNode.Parse(lines[1].TrimEnd(','))!["slug"]!;
                    lines[2] = second.ToJsonString() + ",";
                });
            case "a count that does not add up":
                return EditManifest(archive, target, manifest =>
                {
                    var comments = manifest["kinds"]!.AsArray().Single(k => (string)k!["name"]! == "comments")!;
                    comments["count"] = (int)comments["count"]! + 1;
                });
            case "a media file no item has":
                var withStranger = TestArchives.Copy(archive, target + ".tmp", (_, content) => content, [("media/fedcba9876543210fedcba9876543210-320.jpg", [0xFF, 0xD8, 0xFF, 0xD9])]);
                return EditManifest(withStranger, target, manifest => manifest["mediaFiles"] = (int)manifest["mediaFiles"]! + 1);
            case "a damaged media file":
                // The last variant restored (in name order) has one byte flipped: the files before it are already written.
                var last = TestArchives.Entries(archive).Where(e => e.Key.StartsWith("media/", StringComparison.Ordinal)).MaxBy(e => e.Key, StringComparer.Ordinal).Value;
                var zip = File.ReadAllBytes(archive);
                var at = zip.AsSpan().IndexOf(last.AsSpan(0, 64)) + last.Length / 2;
                zip[at] ^= 0xFF;
                File.WriteAllBytes(target, zip);
                return target;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "no such damage");
        }
    }

    private static string EditManifest(string archive, string target, Action<JsonNode> edit) =>
        TestArchives.Copy(archive, target, (name, content) =>
        {
            if (name != SiteArchive.ManifestEntry)
            {
                return content;
            }
            var manifest = JsonNode.Parse(content)!;
            edit(manifest);
            return Encoding.UTF8.GetBytes(manifest.ToJsonString());
        });

    private static string EditLines(string archive, string target, string entry, Action<string[]> edit) =>
        TestArchives.Copy(archive, target, (name, content) =>
        {
            if (name != entry)
            {
                return content;
            }
            var lines = Encoding.UTF8.GetString(content).Split('\n');
            edit(lines);
            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        });

    private static async Task<EmptySiteHost> StartEmptySiteAsync()
    {
        var host = new EmptySiteHost();
        await host.InitializeAsync();
        return host;
    }

    /// <summary>A backup of the restored site holds the same records, byte for byte, and the same media files.</summary>
    private static async Task AssertSameDataAsync(string archive, EmptySiteHost restored, bool withCredentials)
    {
        var again = Path.Combine(restored.DataPath, "again.zip");
        await using (var scope = restored.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<SiteBackup>(scope.ServiceProvider).ExportAsync(again, withCredentials, null, TestContext.Current.CancellationToken);
        }
        var first = TestArchives.Entries(archive);
        var second = TestArchives.Entries(again);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, content) in first.Where(e => e.Key != SiteArchive.ManifestEntry))
        {
            Assert.True(content.AsSpan().SequenceEqual(second[name]), $"{name} differs after the round trip");
        }
    }

    /// <summary>The story's notes came along: the thread, its reply under it, who resolved it, and the paragraph it is about.</summary>
    private async Task AssertSameNotesAsync(EmptySiteHost restored)
    {
        static Task<List<(string Body, string? Parent, string? ResolvedBy, string? Anchor)>> NotesAsync(BylineHost site) => site.WithDatabaseAsync(db =>
            db.StoryNotes.OrderBy(n => n.Id)
                .Select(n => new ValueTuple<string, string?, string?, string?>(
                    n.Body, db.StoryNotes.Where(p => p.Id == n.ParentId).Select(p => p.Body).FirstOrDefault(), n.ResolvedByName, n.AnchorText))
                .ToListAsync(TestContext.Current.CancellationToken));
        var notes = await NotesAsync(restored);
        Assert.Equal(await NotesAsync(source), notes);
        Assert.Contains((BackupSourceHost.ReplyText, BackupSourceHost.NoteText, null, null), notes);
        Assert.Contains(notes, n => n.Body == BackupSourceHost.NoteText && n.ResolvedBy == "Ada Archive" && n.Anchor is { Length: > 0 });
    }

    /// <summary>The commenter key came along: the same email draws the same avatar, the same address the same rate-limit hash.</summary>
    private async Task AssertSameCommenterHashesAsync(EmptySiteHost restored)
    {
        var original = source.Services.GetRequiredService<CommenterFingerprints>();
        var copy = restored.Services.GetRequiredService<CommenterFingerprints>();
        Assert.Equal(
            await original.AvatarSeedAsync("bernard.lusk@example.org", TestContext.Current.CancellationToken),
            await copy.AvatarSeedAsync("bernard.lusk@example.org", TestContext.Current.CancellationToken));
        Assert.Equal(
            await original.ClientHashAsync(IPAddress.Loopback, TestContext.Current.CancellationToken),
            await copy.ClientHashAsync(IPAddress.Loopback, TestContext.Current.CancellationToken));
    }
}
