using System.Diagnostics;
using System.Net;
using Byline.IntegrationTests.Comments;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.ScaleOut;

/// <summary>
/// PostgreSQL restarted under load: during the outage readers get a 503 page with Retry-After (never a 500), the node
/// recovers by itself, and every comment that was answered with success is in the database afterwards. Runs against a
/// PostgreSQL server of its own (BYLINE_TEST_POSTGRES_FAULT) that BYLINE_TEST_PG_CTL_FAULT can stop and start, since
/// stopping the shared test server would fail every other test.
/// </summary>
public sealed class PostgresOutageTests
{
    private static string? Server => Environment.GetEnvironmentVariable("BYLINE_TEST_POSTGRES_FAULT") is { Length: > 0 } v ? v : null;
    private static string? Control => Environment.GetEnvironmentVariable("BYLINE_TEST_PG_CTL_FAULT") is { Length: > 0 } v ? v : null;

    private sealed class FaultHost : BylineHost
    {
        public FaultHost(string connection) => With("Byline:Database:Provider", "Postgres").With("ConnectionStrings:Byline", connection);
    }

    [Fact]
    public async Task A_database_restart_under_load_gives_503s_then_full_service_and_loses_no_acknowledged_comment()
    {
        TestServices.Require(Server is not null && Control is not null,
            "a PostgreSQL server the test may restart (BYLINE_TEST_POSTGRES_FAULT and BYLINE_TEST_PG_CTL_FAULT; .ci/run starts one)");
        var database = TestPostgres.NewDatabaseName();
        var connection = TestPostgres.ForDatabase(Server!, database);
        var host = new FaultHost(connection);
        try
        {
            await host.InitializeAsync();
            await RestartUnderLoadAsync(host);
        }
        finally
        {
            await host.DisposeAsync();
            await TestPostgres.DropAsync(Server!, database);
        }
    }

    private static async Task RestartUnderLoadAsync(BylineHost host)
    {
        using var reader = host.CreateReader();
        var path = await host.PathOfAsync("night-tram-trial-timetable");
        var form = await CommentForm.ReadAsync(reader, path);

        var acknowledged = new List<string>();
        var statuses = new List<HttpStatusCode>();
        var retryAfterOn503 = true;
        var restart = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await PgCtlAsync("stop -m fast");
            await Task.Delay(TimeSpan.FromSeconds(4));
            await PgCtlAsync("start -w");
        }, TestContext.Current.CancellationToken);

        var until = DateTime.UtcNow.AddSeconds(20);
        for (var i = 0; DateTime.UtcNow < until; i++)
        {
            var body = $"Load test comment {i} {Guid.NewGuid():N}";
            // A token posts one comment: each post fetches its own, as the page's script does (that needs no database).
            var withToken = await form.WithFreshTokenAsync(reader);
            using var response = await reader.SendAsync(withToken.Post($"Load {i}", $"load{i}@example.org", null, body), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.SeeOther)
            {
                acknowledged.Add(body);
            }
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is null)
            {
                retryAfterOn503 = false;
            }
            await Task.Delay(150, TestContext.Current.CancellationToken);
        }
        await restart;

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.SeeOther or HttpStatusCode.ServiceUnavailable, $"answered {(int)s}"));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.Equal(HttpStatusCode.SeeOther, statuses[^1]);
        Assert.True(retryAfterOn503, "a 503 without Retry-After");
        var stored = await host.WithDatabaseAsync(db => db.Comments.Where(c => c.Body.StartsWith("Load test comment")).Select(c => c.Body).ToListAsync(TestContext.Current.CancellationToken));
        Assert.All(acknowledged, body => Assert.Contains(body, stored));
        Assert.DoesNotContain(host.Logs.Lines, line => line.StartsWith("Error Microsoft.AspNetCore.Diagnostics", StringComparison.Ordinal) && line.Contains(" 500", StringComparison.Ordinal));
    }

    private static async Task PgCtlAsync(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"{Control} {arguments}"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Control} {arguments} failed: {await process.StandardError.ReadToEndAsync()}");
    }
}
