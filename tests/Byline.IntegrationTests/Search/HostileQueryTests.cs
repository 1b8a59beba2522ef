using System.Net;
using System.Text.Json;

namespace Byline.IntegrationTests.Search;

/// <summary>
/// Query syntax never reaches the engine raw: engine operators, column filters, SQL, broken quoting, control
/// characters and very long queries each give results or a 400 with a message for the reader, never a 500.
/// </summary>
public sealed class HostileQueryTests(SearchArchiveHost host) : IClassFixture<SearchArchiveHost>
{
    public static readonly string[] Queries =
    [
        "\"", "\"\"", "\"unclosed quote harbour", "harbour\"", "\"\"\"\"\"",
        "NEAR", "NEAR(harbour council)", "harbour NEAR/3 council", "NEAR(\"harbour\" \"tram\", 2)",
        "*", "**", "-*", "*harbour", "harbour**", "\"*\"", "tram:*", "'tram':*",
        "headline:harbour", "title:(rent)", "{headline body}: tram", "^harbour", "body : tram", "-headline:tram",
        "(((harbour", "harbour)))", ")(", "(", ")", "()",
        "'; DROP TABLE Articles; --", "1' OR '1'='1", "harbour UNION SELECT * FROM AspNetUsers", "tram; DELETE FROM ArticleSearch",
        "AND", "OR", "NOT", "harbour OR", "NOT harbour", "harbour AND NOT tram", "tram & !harbour", "tram <-> harbour", "!tram", "tram | harbour",
        "-harbour", "- -", "-", "--", "---tram",
        "\u0000harbour\u0007", "\u001b[31mtram\u001b[0m", "tram\r\nharbour", "\t", "\u200b", "\ufeff",
        "<script>alert(1)</script>", "%", "_", "\\", "\\\"", "&&", "||", "''", "$match", "@match",
        "🚋 tram", "Rodríguez\u0301", "ﬁsh", "İstanbul", "ǅ",
        new string('a', 65), new string('x', 1_000), string.Concat(Enumerable.Repeat("tram ", 2_000)),
        string.Concat(Enumerable.Repeat("\"a ", 500)), string.Concat(Enumerable.Repeat("(", 3_000)),
        new string('é', 10_000), string.Concat(Enumerable.Repeat("🚋", 5_000)),
    ];

    [Fact]
    public async Task Every_hostile_query_gets_results_or_a_message_on_the_page()
    {
        using var client = host.CreateReader();
        var failures = new List<string>();
        foreach (var query in Queries)
        {
            using var response = await client.GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), TestContext.Current.CancellationToken);
            var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            var answered = response.StatusCode switch
            {
                HttpStatusCode.OK => page.QuerySelector(".search-summary, .search-none") is not null || page.QuerySelector("main input[name=q]") is not null,
                HttpStatusCode.BadRequest => page.QuerySelector("#search-q-error") is { TextContent.Length: > 10 },
                _ => false,
            };
            if (!answered)
            {
                failures.Add($"{Describe(query)} → {(int)response.StatusCode}");
            }
            Assert.Null(page.QuerySelector("main script:not([src])"));
        }
        Assert.True(failures.Count == 0, "the page did not answer: " + string.Join("; ", failures));
    }

    [Fact]
    public async Task Every_hostile_query_gets_results_or_a_problem_with_a_message_from_the_api()
    {
        using var client = host.CreateReader();
        var failures = new List<string>();
        foreach (var query in Queries)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var answered = response.StatusCode switch
            {
                HttpStatusCode.OK => JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() >= 0,
                HttpStatusCode.BadRequest => JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("q")[0].GetString() is { Length: > 10 },
                _ => false,
            };
            if (!answered)
            {
                failures.Add($"{Describe(query)} → {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
            }
        }
        Assert.True(failures.Count == 0, "the API did not answer: " + string.Join("; ", failures));
    }

    [Fact]
    public async Task Operators_typed_as_words_are_searched_as_words()
    {
        // Parentheses, stars and unbalanced quotes are not syntax to the engine: the words around them still find the story.
        Assert.Equal(["venezuelan-cocoa"], await host.SlugsAsync(SearchClient.Q("(Quellport cocoa")));
        Assert.Equal(["venezuelan-cocoa"], await host.SlugsAsync(SearchClient.Q("\"Quellport cocoa")));
        Assert.Equal(["venezuelan-cocoa"], await host.SlugsAsync(SearchClient.Q("Quellport* cocoa)")));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_answered_without_an_error()
    {
        using var client = host.CreateReader();
        foreach (var path in new[] { "/search?q=%FF%FE", "/api/v1/search?q=%C3%28harbour", "/search?q=%00" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path} answered {(int)response.StatusCode}");
        }
    }

    private static string Describe(string query) =>
        JsonSerializer.Serialize(query.Length > 40 ? query[..40] + $"…({query.Length} chars)" : query);
}
