using Microsoft.AspNetCore.Hosting;
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
        };
        UseKestrel(0);
    }

    public string DataPath { get; }

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

    public ValueTask InitializeAsync()
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
        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
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
