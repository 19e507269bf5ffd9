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

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public async Task A_first_render_may_run_past_the_handler_budget_up_to_the_mount_budget(string engine)
    {
        var logs = new LogCollector();
        var options = new LegacyEngineOptions
        {
            Logger = logs.Logger, HandlerTimeout = TimeSpan.FromMilliseconds(300), MountTimeout = TimeSpan.FromSeconds(20),
        };
        using var js = EngineFixture.Start(engine, options);
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);

        // Its first render spins for 900 ms, three handler budgets: a slow page, not a hung one.
        page.Mount("slow", new Dictionary<string, object?> { ["ms"] = 900 });

        Assert.DoesNotContain(page.Commands(), c => c.Kind == LegacyCommandKind.RuntimeStopped);
        Assert.NotNull(page.Tree.ByTestId("slow"));
        Assert.Equal(0, js.Stats.Interrupts);

        // A press that spins as long is over the handler budget.
        page.Press("slow");

        var stopped = Assert.Single(page.Commands(), c => c.Kind == LegacyCommandKind.RuntimeStopped);
        Assert.Equal(RuntimeStopKind.Hung, Assert.IsType<RuntimeStop>(stopped.Data).Kind);
        Assert.Contains("over 300 ms", stopped.Text);
    }
}
