using System.Net;
using Byline.Accounts;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// Authors brought in by a WordPress import have bylines but no accounts: an admin invites them from the People page,
/// and the invitee takes over the imported profile (and its stories) instead of getting a new one.
/// </summary>
public sealed class ImportedAuthorInvitationTests : IAsyncLifetime
{
    private const string MaraEmail = "mara@ledger.larkhaven.example";
    private readonly EmptySiteHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_imported_author_is_invited_from_the_people_page_and_joins_as_the_imported_byline()
    {
        var report = await WordPressImports.ImportAsync(_host, WordPressImports.ExportPath);
        Assert.Equal(2, report.AuthorsToInvite);
        Assert.Contains("2 imported authors have no newsroom account yet", report.ToMarkdown(), StringComparison.Ordinal);
        var mara = await _host.WithDatabaseAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Name == "Mara Quill", Cancel));
        var maraStories = await _host.WithDatabaseAsync(db => db.ArticleAuthors.CountAsync(a => a.PersonId == mara.Id, Cancel));
        Assert.True(maraStories > 0);
        using var admin = await NewsroomSession.SignInAsync(_host, NewsroomRole.Admin);

        var row = await ProfileRowAsync(admin, "Mara Quill");
        Assert.Contains(MaraEmail, row.TextContent, StringComparison.Ordinal);
        var inviteHref = row.QuerySelector("a[href^='/newsroom/people/invite']")!.GetAttribute("href")!;
        var form = await admin.Client.GetDocumentAsync(inviteHref);
        Assert.Equal("Mara Quill", form.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal(MaraEmail, form.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        Assert.Equal(mara.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("input[name=person]")!.GetAttribute("value"));

        var link = await InviteAsync(admin, mara.Id, MaraEmail);
        Assert.Contains("Invited", (await ProfileRowAsync(admin, "Mara Quill")).TextContent, StringComparison.Ordinal);
        using (var twice = await PostInviteAsync(admin, mara.Id, "other.address@ledger.larkhaven.example"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
            Assert.Contains("already has an open invitation", await twice.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        var peopleBefore = await _host.WithDatabaseAsync(db => db.People.CountAsync(Cancel));
        using var invitee = NewsroomSession.CreateClient(_host);
        using var accepted = await invitee.PostFormAsync("/newsroom/invitation", new Dictionary<string, string>
        {
            ["Token"] = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]),
            ["Password"] = "mara's new passphrase for byline",
            ["ConfirmPassword"] = "mara's new passphrase for byline",
        }, link);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var (member, people, contact) = await _host.WithDatabaseAsync(async db => (
            await db.Users.AsNoTracking().SingleAsync(u => u.Email == MaraEmail, Cancel),
            await db.People.CountAsync(Cancel),
            await db.AuthorContacts.AnyAsync(c => c.PersonId == mara.Id, Cancel)));
        Assert.Equal(mara.Id, member.PersonId);
        Assert.Equal(peopleBefore, people);
        Assert.False(contact);
        var people2 = await admin.Client.GetDocumentAsync("/newsroom/people");
        Assert.DoesNotContain(people2.QuerySelectorAll("#profiles-heading ~ .nr-table-wrap td"), cell => cell.TextContent == "Mara Quill");

        using var again = await PostInviteAsync(admin, mara.Id, "someone.else@ledger.larkhaven.example");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already belongs to a member", await again.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_imported_address_stays_private_and_an_author_without_one_is_reported()
    {
        var xml = await File.ReadAllTextAsync(WordPressImports.ExportPath, Cancel);
        var folder = Directory.CreateTempSubdirectory("byline-authors-").FullName;
        var path = Path.Combine(folder, "no-email.xml");
        await File.WriteAllTextAsync(path, xml.Replace("<![CDATA[tobias@ledger.larkhaven.example]]>", "<![CDATA[]]>", StringComparison.Ordinal), Cancel);

        var report = await WordPressImports.ImportAsync(_host, path);

        Assert.Equal(1, report.AuthorsToInvite);
        Assert.Contains(report.Issues, i => i is { Kind: "author", Item: "tobias" } && i.Message.Contains("no usable", StringComparison.Ordinal));
        var slug = await _host.WithDatabaseAsync(db => db.People.Where(p => p.Name == "Mara Quill").Select(p => p.Slug).SingleAsync(Cancel));
        using var reader = _host.CreateReader();
        using var authorPage = await reader.GetAsync(new Uri($"/author/{slug}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, authorPage.StatusCode);
        Assert.DoesNotContain(MaraEmail, await authorPage.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var admin = await NewsroomSession.SignInAsync(_host, NewsroomRole.Admin);
        Assert.Contains("Not known", (await ProfileRowAsync(admin, "Tobias Fenn")).TextContent, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Dom.IElement> ProfileRowAsync(NewsroomSession admin, string name)
    {
        var page = await admin.Client.GetDocumentAsync("/newsroom/people");
        var table = page.QuerySelector("#profiles-heading")!.ParentElement!;
        return table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == name);
    }

    private static Task<HttpResponseMessage> PostInviteAsync(NewsroomSession admin, int personId, string email) =>
        admin.Client.PostFormAsync("/newsroom/people/invite", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Name"] = "Mara Quill",
            ["Role"] = "Author",
            ["person"] = personId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, $"/newsroom/people/invite?person={personId}");

    private static async Task<string> InviteAsync(NewsroomSession admin, int personId, string email)
    {
        using var response = await PostInviteAsync(admin, personId, email);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"inviting answered {(int)response.StatusCode}");
        return new Uri(Html.Parse(html).QuerySelector("[data-invitation-link]")!.TextContent.Trim()).PathAndQuery;
    }
}
