using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Byline.Accounts;
using Byline.Content;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>
/// The story form's authors without JavaScript: the list holds the story's authors (and the member), never the whole
/// newsroom, and "Add authors by name" reaches everyone else.
/// </summary>
public sealed class StoryAuthorsWithoutScriptTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_new_story_form_lists_only_the_member_as_an_author_however_many_people_the_newsroom_has()
    {
        await AddPeopleAsync(Enumerable.Range(1, 300).Select(n => $"Crowd member {n:000}"));
        using var author = await NewsroomSession.SignInAsync(host, NewsroomRole.Author, "Ines Solo");

        var page = await author.Client.GetDocumentAsync("/newsroom/stories/new");

        var options = AuthorOptions(page);
        Assert.Equal(["Ines Solo"], options.Select(o => o.Text.Trim()));
        Assert.True(options[0].IsSelected);
        Assert.NotNull(page.QuerySelector("input[name='AddAuthors']"));
        Assert.Equal("Add authors by name", page.QuerySelector("label[for='AddAuthors']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Names_typed_in_add_authors_by_name_join_the_byline_in_order_whatever_their_case()
    {
        var ids = await AddPeopleAsync(["Odile Fairweather", "Bram Okonkwo-Lund"]);
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Theo Desk");
        var fields = StoryDesk.Fields("Two reporters by name", await StoryDesk.SectionIdAsync(host, "city"));
        fields["AddAuthors"] = "odile fairweather,  BRAM OKONKWO-LUND ";

        using var saved = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var authors = await AuthorsOfAsync("Two reporters by name");
        Assert.Equal(ids, authors);
        var page = await editor.Client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        var options = AuthorOptions(page);
        Assert.Equal(["Odile Fairweather", "Bram Okonkwo-Lund", "Theo Desk"], options.Select(o => o.Text.Trim()));
        Assert.Equal([true, true, false], options.Select(o => o.IsSelected));
    }

    [Fact]
    public async Task A_name_that_is_nobody_is_refused_with_a_message_beside_the_field_and_nothing_is_saved()
    {
        await AddPeopleAsync(["Known Reporter"]);
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var fields = StoryDesk.Fields("A byline with a stranger", await StoryDesk.SectionIdAsync(host, "city"));
        fields["AddAuthors"] = "Known Reporter, Nobody Atall";

        using var refused = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Nobody in People is called “Nobody Atall”", page.QuerySelector("[data-valmsg-for='AddAuthors']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Known Reporter, Nobody Atall", (page.QuerySelector("input[name='AddAuthors']") as IHtmlInputElement)?.Value);
        Assert.False(await host.WithDatabaseAsync(db => db.Articles.AnyAsync(a => a.Headline == "A byline with a stranger", Cancel)));
    }

    [Fact]
    public async Task Two_people_of_the_same_name_cannot_be_told_apart_by_name_and_the_form_says_so()
    {
        await AddPeopleAsync(["Sam Twice", "Sam Twice"]);
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor);
        var fields = StoryDesk.Fields("A byline with a common name", await StoryDesk.SectionIdAsync(host, "city"));
        fields["AddAuthors"] = "Sam Twice";

        using var refused = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("2 people are called “Sam Twice”", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_story_s_page_the_authors_list_holds_its_byline_in_order_and_a_saved_list_keeps_it()
    {
        var ids = await AddPeopleAsync(["Yusuf Second", "Abel First"]);
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Mira Desk");
        var fields = StoryDesk.Fields("A byline in its own order", await StoryDesk.SectionIdAsync(host, "city")).ToList();
        fields.AddRange(ids.Select(id => new KeyValuePair<string, string>("Draft.AuthorIds", id.ToString(CultureInfo.InvariantCulture))));
        using var saved = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var path = saved.Headers.Location!.OriginalString;
        var id = int.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture);

        var page = await editor.Client.GetDocumentAsync(path);
        Assert.Equal(["Yusuf Second", "Abel First", "Mira Desk"], AuthorOptions(page).Select(o => o.Text.Trim()));

        using var again = await StoryDesk.SaveAsync(editor, id, page);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(ids, await AuthorsOfAsync("A byline in its own order"));
    }

    private static List<IHtmlOptionElement> AuthorOptions(IHtmlDocument page) =>
        page.QuerySelectorAll("select[name='Draft.AuthorIds'] option").OfType<IHtmlOptionElement>().ToList();

    private Task<List<int>> AuthorsOfAsync(string headline) =>
        host.WithDatabaseAsync(async db =>
        {
            var story = await db.Articles.Include(a => a.Authors).SingleAsync(a => a.Headline == headline, Cancel);
            return story.Authors.OrderBy(a => a.Position).Select(a => a.PersonId).ToList();
        });

    private Task<List<int>> AddPeopleAsync(IEnumerable<string> names) =>
        host.WithDatabaseAsync(async db =>
        {
            var people = names.Select(name => new Person { Name = name, Slug = Slugs.From(name) + "-" + Guid.NewGuid().ToString("N")[..8] }).ToList();
            db.People.AddRange(people);
            await db.SaveChangesAsync(Cancel);
            return people.Select(p => p.Id).ToList();
        });
}
