using Byline.Storage;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Byline.Search;

public static class SearchRegistration
{
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
        builder.Services.AddRateLimiter(SearchRateLimits.Add);
        // After every other configuration: the limiter has one rejection handler, and search answers its own refusals.
        builder.Services.PostConfigure<RateLimiterOptions>(SearchRateLimits.AnswerRefusals);
        return builder;
    }
}
