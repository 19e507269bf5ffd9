using System.Diagnostics;
using Bridge.Bus.Events;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Tests.Support;

namespace Bridge.Legacy.Tests.Hosting;

/// <summary>Events posted for an answer are pumped by the thread that waits for it (a runtime in a worker process), never
/// longer than that thread's wait, and the JS thread finishes what the wait left.</summary>
public sealed class CallerPumpTests
{
    private static readonly TimeSpan s_long = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public async Task The_waiting_thread_pumps_what_was_posted_for_an_answer(string engine)
    {
        using var js = EngineFixture.Start(engine, new LegacyEngineOptions { DataService = EngineFixture.CreateData() });
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);
        page.Mount("list");
        var pumps = js.Stats.Pumps;

        js.PostForAnswer(new EventBatch().Add(HostEvent.Press(1, page.Tree.ByTestId("list").Children[0].Id)));
        // Nothing wakes the JS thread for it: the wait below sends it.
        Thread.Sleep(200);
        Assert.Equal(pumps, js.Stats.Pumps);

        Assert.True(js.WaitForAnswer(s_long));
        Assert.True(js.Stats.Pumps > pumps);
        page.Frame();
        Assert.True(js.WaitForIdle(s_long));
    }

    [Theory]
    [InlineData("v8")]
    [InlineData("jint")]
    public async Task A_tick_sends_on_what_nobody_waited_for(string engine)
    {
        using var js = EngineFixture.Start(engine, new LegacyEngineOptions { DataService = EngineFixture.CreateData() });
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);

        js.PostForAnswer(new EventBatch().Add(HostEvent.PageMount(1, "list", new Dictionary<string, object?>())));
        js.Tick(1);

        Assert.True(js.WaitForIdle(s_long));
        page.Frame();
        Assert.Equal(4, page.Tree.ByTestId("list").Children.Count);
    }

    [Fact]
    public async Task A_hung_handler_holds_the_waiting_thread_no_longer_than_its_wait_and_is_still_stopped()
    {
        var logs = new LogCollector();
        using var js = EngineFixture.Start("v8", new LegacyEngineOptions { Logger = logs.Logger, HandlerTimeout = TimeSpan.FromSeconds(1) });
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);
        page.Mount("hang");

        js.PostForAnswer(new EventBatch().Add(HostEvent.Press(1, page.Tree.ByTestId("hang").Id)));
        var start = Stopwatch.GetTimestamp();
        var answered = js.WaitForAnswer(TimeSpan.FromMilliseconds(50));
        var held = Stopwatch.GetElapsedTime(start);

        Assert.False(answered);
        // The handler runs until the watchdog stops it a second later; the caller was back long before.
        Assert.True(held < TimeSpan.FromMilliseconds(900), $"the caller was held {held.TotalMilliseconds:F0} ms");
        Assert.True(js.WaitForIdle(s_long));
        var stopped = Assert.Single(page.Commands(), c => c.Kind == LegacyCommandKind.RuntimeStopped);
        Assert.Equal(RuntimeStopKind.Hung, Assert.IsType<RuntimeStop>(stopped.Data).Kind);
        Assert.True(js.Restart());
        var other = new PageDriver(js, 2);
        other.Mount("list");
        Assert.Equal(4, other.Tree.ByTestId("list").Children.Count);
    }

    [Fact]
    public async Task An_engine_in_this_process_is_woken_at_once()
    {
        using var js = EngineFixture.Start("jint", new LegacyEngineOptions { Isolation = JsIsolation.InProcess, DataService = EngineFixture.CreateData() });
        await js.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        var page = new PageDriver(js, 1);

        js.PostForAnswer(new EventBatch().Add(HostEvent.PageMount(1, "list", new Dictionary<string, object?>())));

        // No tick and no wait for an answer: the JS thread took it when it was posted.
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 20;
        while (js.Batches.Count == 0 && Stopwatch.GetTimestamp() < deadline)
        {
            Thread.Sleep(10);
        }
        Assert.True(js.Batches.Count > 0, "the JS thread did not take the mount");
        page.Frame();
        Assert.Equal(4, page.Tree.ByTestId("list").Children.Count);
    }
}
