using Microsoft.EntityFrameworkCore;

namespace Byline.Storage;

public static class StorageRegistration
{
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var dataFolder = new DataFolder(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(dataFolder);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();

        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var connectionString = builder.Configuration.GetConnectionString("Byline");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Byline:Database:Provider is Postgres but ConnectionStrings:Byline is empty; set ConnectionStrings__Byline.");
                }
                builder.Services.AddDbContextPool<BylineDb, PostgresBylineDb>(db => db.UseNpgsql(connectionString));
                break;
            default:
                Directory.CreateDirectory(dataFolder.Path);
                builder.Services.AddDbContextPool<BylineDb, SqliteBylineDb>(db =>
                    db.UseSqlite($"Data Source={dataFolder.SqliteDatabaseFile};Foreign Keys=True"));
                break;
        }

        builder.Services.AddScoped<DatabaseMigrator>();
        return builder;
    }
}
