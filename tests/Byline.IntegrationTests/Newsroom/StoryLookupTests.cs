using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Byline.Accounts;
using Byline.Content;
using Byline.Testing;

namespace Byline.IntegrationTests.Newsroom;

/// <summary>The authors and tags type-ahead's lookups: GET /newsroom/lookup/people and /newsroom/lookup/tags.</summary>
public sealed class StoryLookupTests(BylineHost host) : IClassFixture<BylineHost>
{
    private static readonly string[] LookalikeTags = ["100% local", "100 percent local", "Snake_case news", "SnakeXcase news", "Back\\slash", "Backslash"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task In_a_newsroom_of_2000_people_names_that_start_with_the_text_come_before_names_that_contain_it_twenty_at_most_whatever_the_case()
    {
        var starting = Enumerable.Range(1, 12).Select(n => $"Zarkova Ann {n:00}").ToList();
        var containing = Enumerable.Range(1, 30).Select(n => $"Ann Zarkovich {n:00}").ToList();
        var others = Enumerable.Range(1, 2000 - starting.Count - containing.Count).Select(n => $"Reporter {n:0000} Plainfield");
        await host.WithDatabaseAsync(async db =>
        {
            db.People.AddRange(starting.Concat(containing).Concat(others).Select(name => new Person { Name = name, Slug = Slugs.From(name) }));
            return await db.SaveChangesAsync(Cancel);
        });
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Contributor);

        var found = await NamesAsync(member, "/newsroom/lookup/people?q=zarkov");
        var shouting = await NamesAsync(member, "/newsroom/lookup/people?q=ZARKOV");

        Assert.Equal([.. starting, .. containing.Take(8)], found);
        Assert.Equal(found, shouting);
    }

    [Fact]
    public async Task Among_20000_tags_the_lookup_answers_tags_that_start_with_the_text_first_then_those_that_contain_it()
    {
        var starting = Enumerable.Range(1, 5).Select(n => $"Quillonby pier {n}").ToList();
        var containing = Enumerable.Range(1, 40).Select(n => $"Old Quillonby {n:00}").ToList();
        var others = Enumerable.Range(1, 20_000 - starting.Count - containing.Count).Select(n => $"Filler tag {n:00000}");
        await host.WithDatabaseAsync(async db =>
        {
            db.Tags.AddRange(starting.Concat(containing).Concat(others).Select(name => new Tag { Name = name, Slug = Slugs.From(name) }));
            return await db.SaveChangesAsync(Cancel);
        });
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);

        var found = await NamesAsync(member, "/newsroom/lookup/tags?q=qUILLONBY");

        Assert.Equal([.. starting, .. containing.Take(15)], found);
    }

    [Theory]
    [InlineData("100%", "100% local")]
    [InlineData("Snake_c", "Snake_case news")]
    [InlineData("back\\sl", "Back\\slash")]
    public async Task Percent_underscore_and_backslash_in_the_text_match_only_themselves(string q, string expected)
    {
        await host.WithDatabaseAsync(async db =>
        {
            foreach (var name in LookalikeTags)
            {
                db.Tags.Add(new Tag { Name = name, Slug = Slugs.From(name) + "-" + Guid.NewGuid().ToString("N")[..6] });
            }
            return await db.SaveChangesAsync(Cancel);
        });
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);

        var found = await NamesAsync(member, "/newsroom/lookup/tags?q=" + Uri.EscapeDataString(q));

        Assert.Equal([expected], found.Distinct());
    }

    [Theory]
    [InlineData("/newsroom/lookup/people")]
    [InlineData("/newsroom/lookup/tags")]
    public async Task A_search_longer_than_any_name_is_refused_with_400_and_a_message(string path)
    {
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);

        using var response = await member.Client.GetAsync(new Uri($"{path}?q={new string('a', 121)}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("Type at most 120 characters to search.", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("/newsroom/lookup/people?q=a")]
    [InlineData("/newsroom/lookup/tags?q=a")]
    public async Task Only_signed_in_members_may_look_names_up(string path)
    {
        using var anonymous = NewsroomSession.CreateClient(host);

        using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/newsroom/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_search_answers_an_empty_list_and_each_person_comes_with_id_name_and_job_title()
    {
        var id = await host.WithDatabaseAsync(async db =>
        {
            var person = new Person { Name = "Perpetua Lookupson", Slug = "perpetua-lookupson", JobTitle = "Courts reporter" };
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            return person.Id;
        });
        using var member = await NewsroomSession.SignInAsync(host, NewsroomRole.Author);

        var empty = await member.Client.GetFromJsonAsync<JsonElement>(new Uri("/newsroom/lookup/people?q=%20", UriKind.Relative), Cancel);
        var found = await member.Client.GetFromJsonAsync<JsonElement>(new Uri("/newsroom/lookup/people?q=lookupson", UriKind.Relative), Cancel);

        Assert.Equal(0, empty.GetArrayLength());
        var person = Assert.Single(found.EnumerateArray());
        Assert.Equal(id, person.GetProperty("id").GetInt32());
        Assert.Equal("Perpetua Lookupson", person.GetProperty("name").GetString());
        Assert.Equal("Courts reporter", person.GetProperty("jobTitle").GetString());
    }

    private static async Task<List<string>> NamesAsync(NewsroomSession member, string path)
    {
        using var response = await member.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return body.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
    }
}
