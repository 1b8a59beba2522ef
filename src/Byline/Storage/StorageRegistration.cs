using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Byline.Storage;

public static class StorageRegistration
{
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton(sp => new DataFolder(sp.GetRequiredService<IConfiguration>()));

        // Interceptors registered in the container (the tests' SQL command counter) join every context.
        // Both engines are registered; configuration read when the first context is made picks the one in use.
        builder.Services.AddDbContextPool<SqliteBylineDb>((sp, db) =>
        {
            var folder = sp.GetRequiredService<DataFolder>();
            Directory.CreateDirectory(folder.Path);
            db.UseSqlite($"Data Source={folder.SqliteDatabaseFile};Foreign Keys=True")
                .AddInterceptors(sp.GetServices<IInterceptor>());
        });
        // A few quick retries ride out a failover or restart; a longer outage becomes a 503 page, not a hung request.
        builder.Services.AddDbContextPool<PostgresBylineDb>((sp, db) => db.UseNpgsql(PostgresConnectionString(sp),
            npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null))
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        builder.Services.AddScoped<BylineDb>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresBylineDb>()
                : sp.GetRequiredService<SqliteBylineDb>());

        builder.Services.AddScoped<DatabaseMigrator>();
        return builder;
    }

    private static string PostgresConnectionString(IServiceProvider services)
    {
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Byline");
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                "Byline:Database:Provider is Postgres but ConnectionStrings:Byline is empty; set ConnectionStrings__Byline.")
            : connectionString;
    }
}
