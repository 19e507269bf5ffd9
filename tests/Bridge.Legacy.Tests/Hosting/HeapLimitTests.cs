using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Tests.Support;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>A page that allocates without bound is stopped by the engine's heap cap, not the process.</summary>
public sealed class HeapLimitTests
{
    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public async Task Runaway_allocation_is_stopped_by_the_heap_cap_and_the_runtime_starts_again(string engine)
    {
        var logs = new LogCollector();
        using var js = EngineFixture.Start(engine, new LegacyEngineOptions
        {
            Logger = logs.Logger,
            HeapLimitMegabytes = 96,
            HandlerTimeout = TimeSpan.FromSeconds(20),
        });
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);
        page.Mount("hog");

        page.Press("hog");

        var stopped = Assert.Single(page.Commands(), c => c.Kind == LegacyCommandKind.RuntimeStopped);
        var stop = Assert.IsType<RuntimeStop>(stopped.Data);
        Assert.Contains(engine, stop.Reason);
        Assert.Contains("memory", stop.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(RuntimeStopKind.Hung, stop.Kind);
        Assert.Equal(0, js.Stats.Interrupts);
        Assert.True(js.Restart());
        var other = new PageDriver(js, 2);
        other.Mount("list");
        Assert.Equal(4, other.Tree.ByTestId("list").Children.Count);
    }
}
