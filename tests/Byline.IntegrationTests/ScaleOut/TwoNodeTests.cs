using System.Net;
using Byline.Accounts;
using Byline.Content;
using Byline.IntegrationTests.Newsroom;
using Byline.Publishing;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.ScaleOut;

public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_story_published_on_one_node_is_on_the_other_nodes_front_page_story_page_and_feed_at_once()
    {
        nodes.Require();
        using var readerOfB = nodes.B.CreateReader();
        var frontBefore = await readerOfB.GetDocumentAsync("/");
        using var feedBefore = await readerOfB.GetAsync(new Uri("/feed", UriKind.Relative), TestContext.Current.CancellationToken);
        const string headline = "Two nodes, one newsroom: the quay clock is fixed";
        Assert.DoesNotContain(headline, frontBefore.Body!.TextContent, StringComparison.Ordinal);

        using var editorOnA = await NewsroomSession.SignInAsync(nodes.A, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editorOnA, headline, await StoryDesk.SectionIdAsync(nodes.A, "city"));
        using (var publish = await StoryDesk.MoveAsync(editorOnA, id, "Publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        var front = await readerOfB.GetDocumentAsync("/");
        Assert.Equal(headline, front.QuerySelector(".lead-story h2")!.TextContent);
        var storyPath = front.QuerySelector(".lead-story h2 a")!.GetAttribute("href")!;
        var story = await readerOfB.GetDocumentAsync(storyPath);
        Assert.Equal(headline, story.QuerySelector("h1")!.TextContent);
        using var feed = await readerOfB.GetAsync(new Uri("/feed", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains(headline, await feed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_made_by_one_node_is_accepted_by_the_other_and_so_are_its_form_tokens()
    {
        nodes.Require();
        using var session = await NewsroomSession.SignInAsync(nodes.A, NewsroomRole.Author, "Node Crosser");

        // The same browser, cookies and all, now talks to node B.
        using var onB = await session.Client.GetAsync(new Uri(nodes.B.BaseAddress, "/newsroom"), TestContext.Current.CancellationToken);
        var html = await onB.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("Good to see you, Node", html, StringComparison.Ordinal);

        // A form rendered by A (its antiforgery token) is posted to B.
        var fields = StoryDesk.Fields("Written on A, saved by B", await StoryDesk.SectionIdAsync(nodes.A, "city"));
        using var saved = await session.Client.PostFormAsync(new Uri(nodes.B.BaseAddress, "/newsroom/stories/new?handler=Save").ToString(), fields,
            new Uri(nodes.A.BaseAddress, "/newsroom/stories/new").ToString());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Ten_schedulers_on_two_nodes_racing_on_one_embargoed_story_publish_it_once()
    {
        nodes.Require();
        using var editor = await NewsroomSession.SignInAsync(nodes.A, NewsroomRole.Editor);
        var id = await StoryDesk.CreateAsync(editor, $"Embargo race {Guid.NewGuid():N}", await StoryDesk.SectionIdAsync(nodes.A, "city"));
        await nodes.A.WithDatabaseAsync(db => db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.Status, ArticleStatus.Scheduled)
            .SetProperty(a => a.PublishedAt, DateTimeOffset.UtcNow.AddMinutes(-1)), TestContext.Current.CancellationToken));

        var runs = Enumerable.Range(0, 10).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? nodes.A : nodes.B).Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ArticlePublisher>().PublishDueAsync(TestContext.Current.CancellationToken);
        });
        var published = (await Task.WhenAll(runs)).Sum();

        // The nodes' own background schedulers may have won the race too; either way the story went live once.
        var audit = await nodes.A.WithDatabaseAsync(db => db.AuditEntries.CountAsync(
            e => e.Subject == $"article:{id}" && e.Action == AuditActions.ArticlePublished, TestContext.Current.CancellationToken));
        Assert.Equal(1, audit);
        Assert.InRange(published, 0, 1);
        Assert.Equal(ArticleStatus.Published, await nodes.B.WithDatabaseAsync(db =>
            db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Both_nodes_report_ready_with_the_database_and_redis()
    {
        nodes.Require();
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var reader = node.CreateReader();
            using var ready = await reader.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }
}
