using Byline.Caching;
using Byline.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Byline.Testing;

/// <summary>
/// The real Byline application on Kestrel at a free 127.0.0.1 port, with its own SQLite file in a fresh folder.
/// One host per test class (use it as a class fixture); the folder is deleted when the class is done.
/// </summary>
public class BylineHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;

    public BylineHost()
    {
        DataPath = Directory.CreateTempSubdirectory("byline-tests-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Byline:DataPath"] = DataPath,
            ["Byline:SampleContent"] = "true",
            // Tests post at machine speed and many times from one address; the spam-defence tests set their own limits.
            ["Byline:Comments:MinimumFormSeconds"] = "0",
            ["Byline:Comments:PostsPerAddress"] = "100000",
            ["Byline:Comments:PostsPerEmail"] = "100000",
            // The same for searches; the rate-limit tests set their own limit.
            ["Byline:Search:RequestsPerMinute"] = "1000000",
            // And for sign-ins, which every newsroom test makes from this one address; the throttle tests set their own.
            ["Byline:SignIn:AttemptsPerMinute"] = "1000000",
        };
        UseKestrel(0);

        // BYLINE_TEST_POSTGRES holds a server connection string: each host then gets a database of its own on it.
        if (TestPostgres.ConnectionString is { } server)
        {
            OnPostgres(server);
        }
    }

    /// <summary>The PostgreSQL database of this host, when it runs on PostgreSQL.</summary>
    public string? PostgresDatabase { get; private set; }

    private string? _postgresServer;

    /// <summary>Runs this host on a throwaway database of its own on <paramref name="server"/> (set before it starts).</summary>
    public BylineHost OnPostgres(string server)
    {
        _postgresServer = server;
        PostgresDatabase = TestPostgres.NewDatabaseName();
        _settings["Byline:Database:Provider"] = "Postgres";
        _settings["ConnectionStrings:Byline"] = TestPostgres.ForDatabase(server, PostgresDatabase);
        return this;
    }

    public string DataPath { get; }

    /// <summary>Everything the application logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Set before the host starts to run it on a controllable clock.</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>Where Kestrel listens, for example http://127.0.0.1:41237/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Sets a configuration value (<c>Byline:Site:Title</c> …) before the host starts.</summary>
    public BylineHost With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public virtual ValueTask InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return ValueTask.CompletedTask;
    }

    /// <summary>A reader's HTTP client over real HTTP: it does not follow redirects, so tests see every 301 and 303.</summary>
    public HttpClient CreateReader() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureServices(ConfigureTestServices);
        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    /// <summary>Services a test host adds to the application (an interceptor, a fake).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>Runs <paramref name="work"/> with the application's own database context, in a scope of its own.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<BylineDb, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BylineDb>());
    }

    /// <summary>Drops every cached public page, as a publish would for the pages it touches.</summary>
    public async Task EvictCachedPagesAsync()
    {
        var store = Services.GetRequiredService<IOutputCacheStore>();
        foreach (var tag in new[] { CacheTags.Navigation, CacheTags.Feeds, CacheTags.Sitemaps })
        {
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgresServer is not null && PostgresDatabase is not null)
        {
            await TestPostgres.DropAsync(_postgresServer, PostgresDatabase);
        }
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp folder is cleaned by the OS later.
        }
        GC.SuppressFinalize(this);
    }
}
