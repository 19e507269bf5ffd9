using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Legacy.App;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Legacy.Tests.Support;
using Bridge.Migration;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>An engine made to start later (an app that opens on a native page): it runs nothing and counts as idle until
/// it is started, and a legacy page mounted before then starts it, waits for the bundles and works.</summary>
public sealed class DeferredStartTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly LogCollector _logs = new();

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public async Task A_page_mounted_before_the_engine_started_starts_it_and_runs(string engine)
    {
        using var side = LegacySide.Start([FixtureBundle.Bundle], engine == "jint" ? JsEngineKind.Jint : JsEngineKind.V8,
            new LegacyEngineOptions { Logger = _logs.Logger }, new UiWorld(new TextSystem()), _logs.Logger, background: true, startLater: true);
        var js = side.Engine;

        Assert.False(js.Started);
        Assert.False(js.Ready.IsCompleted);
        Assert.False(side.Loaded.IsCompleted);
        // Nothing runs yet, so there is nothing to wait for: idle steps and stepped frames go on.
        Assert.True(js.WaitForIdle(TimeSpan.Zero));
        Assert.True(side.WaitForJsThread(TimeSpan.Zero));

        using var host = new PagesHost(js, _logs);
        var page = host.Mount("list");

        Assert.True(js.Started);
        // The mount waited for the bundles.
        Assert.True(js.Ready.IsCompletedSuccessfully);
        await side.Loaded.WaitAsync(s_timeout);
        host.RunUntil(() => host.Has(page, "item-a"), s_timeout, "the page mounted while the engine was not started");
        Assert.Empty(host.Driver.Faults);
    }

    [Fact]
    public async Task StartLoading_starts_the_engine_once()
    {
        using var side = LegacySide.Start([FixtureBundle.Bundle], JsEngineKind.V8, new LegacyEngineOptions { Logger = _logs.Logger },
            new UiWorld(new TextSystem()), _logs.Logger, background: true, startLater: true);

        side.StartLoading();
        side.StartLoading();

        await side.Loaded.WaitAsync(s_timeout);
        Assert.True(side.Engine.Ready.IsCompletedSuccessfully);
        Assert.Single(_logs.Messages(), m => m.Contains("ready: engine", StringComparison.Ordinal));
    }
}
