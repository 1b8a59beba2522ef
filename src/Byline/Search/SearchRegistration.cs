using Byline.Caching;
using Byline.Storage;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Byline.Search;

public static class SearchRegistration
{
    /// <summary>A query of 10,000 characters of up to three UTF-8 bytes each, percent-encoded, and the rest of the address.</summary>
    public const int MaxRequestLineSize = 10_000 * 9 + 4_096;

    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<SqliteArticleSearch>();
        builder.Services.AddScoped<PostgresArticleSearch>();
        // The engine follows the configured database, as the DbContext does (see StorageRegistration).
        builder.Services.AddScoped<IArticleSearch>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresArticleSearch>()
                : sp.GetRequiredService<SqliteArticleSearch>());
        builder.Services.AddScoped<SearchFilters>();
        builder.Services.AddScoped<IAfterMigration, SearchIndexBuild>();
        builder.Services.AddOutputCache(options => options.AddPolicy(CachePolicies.Search, policy => policy
            .Expire(TimeSpan.FromMinutes(2)).SetVaryByQuery(SearchParameters.All).Tag(CacheTags.Navigation)));
        builder.Services.AddRateLimiter(SearchRateLimits.Add);
        // A pasted 10,000-character query must reach the search page to be told what was searched (Kestrel's 8 KB
        // request line would answer 414 with an empty body first): room for that many characters percent-encoded.
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, MaxRequestLineSize));
        // After every other configuration: the limiter has one rejection handler, and search answers its own refusals.
        builder.Services.PostConfigure<RateLimiterOptions>(SearchRateLimits.AnswerRefusals);
        return builder;
    }
}
