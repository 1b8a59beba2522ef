using Byline.Caching.HotPages;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Caching;

/// <summary>When hot pages are off: with the output cache off (benchmarks measure real renders), or on their own switch.</summary>
public sealed class HotPageSwitchTests
{
    [Theory]
    [InlineData("Byline:Cache:Enabled")]
    [InlineData("Byline:Cache:HotPages")]
    public async Task A_switched_off_site_keeps_no_hot_pages(string setting)
    {
        await using var host = new BylineHost();
        host.With(setting, "false");
        await host.InitializeAsync();
        using var reader = host.CreateReader();

        using var first = await reader.GetAsync(new Uri("/business", UriKind.Relative), TestContext.Current.CancellationToken);
        using var second = await reader.GetAsync(new Uri("/business", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(second.IsSuccessStatusCode);
        var store = host.Services.GetRequiredService<HotPageStore>();
        Assert.False(store.Enabled);
        Assert.Equal(0, store.Count);
    }
}
