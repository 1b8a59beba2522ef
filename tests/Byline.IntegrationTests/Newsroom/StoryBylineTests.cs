using System.Globalization;
using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.Publishing;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Newsroom;

public sealed class StoryBylineTests(BylineHost host) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task A_byline_of_more_authors_than_the_limit_is_refused_with_a_message_and_nothing_is_stored()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Wren Calloway");
        var people = await AddPeopleAsync("Crowded byline", 60);
        var fields = StoryDesk.Fields("Sixty names under one headline", await StoryDesk.SectionIdAsync(host, "city")).ToList();
        fields.AddRange(people.Select(id => new KeyValuePair<string, string>("Draft.AuthorIds", id.ToString(CultureInfo.InvariantCulture))));

        using var refused = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"at most {ArticleDraft.MaxAuthors} authors", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(await host.WithDatabaseAsync(db => db.Articles.AnyAsync(a => a.Headline == "Sixty names under one headline", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_byline_at_the_limit_is_saved_with_every_author_in_order_and_in_its_revision()
    {
        using var editor = await NewsroomSession.SignInAsync(host, NewsroomRole.Editor, "Ossian Hale");
        var people = await AddPeopleAsync("Full byline", ArticleDraft.MaxAuthors);
        var fields = StoryDesk.Fields("Twenty names under one headline", await StoryDesk.SectionIdAsync(host, "city")).ToList();
        fields.AddRange(people.Select(id => new KeyValuePair<string, string>("Draft.AuthorIds", id.ToString(CultureInfo.InvariantCulture))));

        using var saved = await editor.Client.PostFormAsync("/newsroom/stories/new?handler=Save", fields, "/newsroom/stories/new");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (authors, revisionAuthors) = await host.WithDatabaseAsync(async db =>
        {
            var story = await db.Articles.Include(a => a.Authors).SingleAsync(a => a.Headline == "Twenty names under one headline", TestContext.Current.CancellationToken);
            var revision = await db.Revisions.Where(r => r.ArticleId == story.Id).SingleAsync(TestContext.Current.CancellationToken);
            return (story.Authors.OrderBy(a => a.Position).Select(a => a.PersonId).ToList(), revision.AuthorIds);
        });
        Assert.Equal(people, authors);
        Assert.Equal(string.Join(',', people), revisionAuthors);
    }

    private Task<List<int>> AddPeopleAsync(string prefix, int count) =>
        host.WithDatabaseAsync(async db =>
        {
            var people = Enumerable.Range(1, count)
                .Select(n => new Person { Name = $"{prefix} reporter {n}", Slug = Slugs.From($"{prefix} reporter {n}") })
                .ToList();
            db.People.AddRange(people);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return people.Select(p => p.Id).ToList();
        });
}
