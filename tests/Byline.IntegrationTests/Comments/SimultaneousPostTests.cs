using System.Net;
using Byline.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Comments;

/// <summary>
/// Posts that arrive at the same moment, as a script (or a double click) sends them: the limits and the duplicate check
/// count and insert in one step, so no number of simultaneous posts gets past them.
/// </summary>
public sealed class SimultaneousPostTests(SimultaneousPostHost host) : IClassFixture<SimultaneousPostHost>
{
    private const int Simultaneous = 20;
    private readonly HttpClient _reader = host.CreateReader();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string text) => $"{text} ({Guid.NewGuid():N})";

    /// <summary>Each post comes from a form read for it, as from as many tabs.</summary>
    private async Task<HttpStatusCode[]> PostAllAtOnceAsync(string path, Func<int, CommentForm, HttpRequestMessage> post)
    {
        var forms = new List<CommentForm>();
        for (var i = 0; i < Simultaneous; i++)
        {
            forms.Add(await CommentForm.ReadAsync(_reader, path));
        }
        var responses = await Task.WhenAll(forms.Select(async (form, i) =>
        {
            using var request = post(i, form);
            using var response = await _reader.SendAsync(request, Cancel);
            return response.StatusCode;
        }));
        return responses;
    }

    [Fact]
    public async Task Twenty_simultaneous_comments_from_one_email_store_no_more_than_its_limit()
    {
        var (_, path) = await host.PublishStoryAsync("Simultaneous comments from one email");
        var email = $"rapid-{Guid.NewGuid():N}@example.org";

        var answers = await PostAllAtOnceAsync(path, (i, form) => form.Post("Rapid Rita", email, null, Unique($"Comment number {i}")));

        var stored = await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.AuthorEmail == email, Cancel));
        Assert.Equal(SimultaneousPostHost.PostsPerEmail, stored);
        Assert.Equal(SimultaneousPostHost.PostsPerEmail, answers.Count(a => a == HttpStatusCode.SeeOther));
        Assert.Equal(Simultaneous - SimultaneousPostHost.PostsPerEmail, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Twenty_simultaneous_identical_comments_are_stored_once()
    {
        var (id, path) = await host.PublishStoryAsync("Simultaneous identical comments");
        var email = $"double-{Guid.NewGuid():N}@example.org";
        var body = Unique("I pressed Post more than once.");

        var answers = await PostAllAtOnceAsync(path, (_, form) => form.Post("Double Dora", email, null, body));

        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.ArticleId == id && c.Body == body, Cancel)));
        // Every press is answered as the one that stored it: the reader is sent to their comment, never shown an error.
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.SeeOther, answer));
    }

    [Fact]
    public async Task Twenty_presses_of_Post_at_once_on_one_form_store_one_comment()
    {
        var (id, path) = await host.PublishStoryAsync("A double click");
        var form = await CommentForm.ReadAsync(_reader, path);
        var email = $"clicker-{Guid.NewGuid():N}@example.org";
        var body = Unique("Clicked, and clicked again.");

        var answers = await Task.WhenAll(Enumerable.Range(0, Simultaneous).Select(async _ =>
        {
            using var request = form.Post("Clicky Clara", email, null, body);
            using var response = await _reader.SendAsync(request, Cancel);
            return (response.StatusCode, response.Headers.Location);
        }));

        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.ArticleId == id && c.Body == body, Cancel)));
        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.SeeOther, answers[0].Location), answer));
    }

    [Fact]
    public async Task Twenty_simultaneous_comments_from_one_address_store_no_more_than_its_limit()
    {
        // The in-memory rate limiter would stop most of these posts before they reach the database's count, so they go
        // straight to the intake, as posts spread over several nodes would.
        await using var limited = new AddressLimitHost();
        await limited.InitializeAsync();
        var (id, _) = await limited.PublishStoryAsync("Simultaneous comments from one address");
        var address = IPAddress.Parse("203.0.113.41");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Simultaneous).Select(async i =>
        {
            await using var scope = limited.Services.CreateAsyncScope();
            var submission = new CommentSubmission { Name = "Shared Line", Email = $"line-{Guid.NewGuid():N}@example.org", Body = Unique($"Comment {i}") };
            return (await scope.ServiceProvider.GetRequiredService<CommentIntake>().SubmitAsync(id, submission, address, Guid.NewGuid(), Cancel)).Outcome;
        }));

        var hash = await limited.Services.GetRequiredService<CommenterFingerprints>().ClientHashAsync(address, Cancel);
        Assert.Equal(AddressLimitHost.PostsPerAddress, await limited.WithDatabaseAsync(db => db.Comments.CountAsync(c => c.ClientHash == hash, Cancel)));
        Assert.Equal(AddressLimitHost.PostsPerAddress, outcomes.Count(o => o == IntakeOutcome.Stored));
        Assert.All(outcomes.Where(o => o != IntakeOutcome.Stored), o => Assert.Equal(IntakeOutcome.TooMany, o));
    }
}
