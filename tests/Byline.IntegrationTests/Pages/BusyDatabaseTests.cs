using System.Net;
using Byline.IntegrationTests.Comments;
using Byline.Testing;
using Microsoft.Data.Sqlite;

namespace Byline.IntegrationTests.Pages;

/// <summary>
/// A reader's comment meets a SQLite file another writer holds for longer than the busy wait (the connection's default
/// timeout): they get the "back in a minute" page, a 503 with Retry-After, never a 500. SQLite only, whatever engine the
/// run uses, since it is SQLite's single writer that can be busy.
/// </summary>
public sealed class BusyDatabaseTests : IAsyncLifetime
{
    private readonly BylineHost _host = new BylineHost().With("Byline:Database:Provider", "Sqlite");

    public async ValueTask InitializeAsync() => await _host.InitializeAsync();

    [Fact]
    public async Task A_comment_that_meets_a_database_busy_for_too_long_gets_the_back_in_a_minute_page()
    {
        using var reader = _host.CreateReader();
        var form = await CommentForm.ReadAsync(reader, await _host.PathOfAsync(Stories.Footbridge));
        await using var writer = new SqliteConnection($"Data Source={Path.Combine(_host.DataPath, "byline.db")}");
        await writer.OpenAsync(TestContext.Current.CancellationToken);
        await using var holding = writer.BeginTransaction(deferred: false);

        using var posted = await reader.SendAsync(form.Post("Ida Marsh", "ida.marsh@example.net", null, "Posted while the database was busy."), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
        Assert.NotNull(posted.Headers.RetryAfter);
        Assert.Contains("We will be right back", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}
