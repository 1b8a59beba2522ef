using Byline.Cli.Dev;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Byline.IntegrationTests.Cli.Dev;

/// <summary>
/// A site without the sample newsroom, on a clock stopped at <see cref="Now"/>, holding the archive
/// <c>dev generate</c> writes for <see cref="Seed"/>: the same stories on every run and on either engine.
/// </summary>
public sealed class SyntheticArchiveHost : BylineHost
{
    public const int Seed = 7;

    /// <summary>More than one batch, so that the stories of the second follow on from the first.</summary>
    public const int Stories = SyntheticArchive.BatchSize + 100;

    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public SyntheticArchiveHost()
    {
        Clock = new FakeTimeProvider(Now);
        With("Byline:SampleContent", "false");
    }

    public SyntheticArchiveResult Result { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        Result = await ActivatorUtilities.CreateInstance<SyntheticArchive>(scope.ServiceProvider)
            .GenerateAsync(Stories, Seed, null, TestContext.Current.CancellationToken);
    }
}
