using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Tests.Support;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>A hung handler is interrupted, its runtime stopped with the page to blame, and a fresh runtime serves pages.</summary>
public sealed class WatchdogTests
{
    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public async Task Hung_handler_is_interrupted_blamed_on_its_page_and_a_restarted_runtime_serves_pages(string engine)
    {
        var logs = new LogCollector();
        var timeout = TimeSpan.FromSeconds(engine == "jint" ? 2 : 1);
        using var js = EngineFixture.Start(engine, new LegacyEngineOptions { Logger = logs.Logger, HandlerTimeout = timeout });
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);
        page.Mount("hang");

        page.Press("hang");

        var stopped = Assert.Single(page.Commands(), c => c.Kind == LegacyCommandKind.RuntimeStopped);
        var stop = Assert.IsType<RuntimeStop>(stopped.Data);
        Assert.Equal(RuntimeStopKind.Hung, stop.Kind);
        Assert.Equal(1u, stop.PageRoot);
        Assert.Contains("interrupted", stop.Reason);
        Assert.Equal(1, js.Stats.Interrupts);
        // The hang is caught at its deadline, not at the next tick of a poll.
        Assert.True(js.LastInterruptLateness < TimeSpan.FromMilliseconds(100), $"interrupt sent {js.LastInterruptLateness.TotalMilliseconds:F0} ms late");
        Assert.True(js.Restart());
        Assert.Null(js.Stopped);
        var other = new PageDriver(js, 2);
        other.Mount("list");
        Assert.Equal(4, other.Tree.ByTestId("list").Children.Count);
        Assert.Equal(1, js.Stats.Restarts);
    }
}
