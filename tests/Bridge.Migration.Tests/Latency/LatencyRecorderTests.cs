using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Migration.Tests.Latency;

public sealed class LatencyRecorderTests
{
    // One tick is one millisecond, so expected values read directly.
    private readonly LatencyRecorder _recorder = new(ticksPerSecond: 1000);

    [Fact]
    public void A_prepared_group_is_listed_only_once_a_key_of_it_begins_and_its_first_key_makes_no_histogram()
    {
        _recorder.Begin(KeyName.Right, "home", PagePath.Native, "none", arrivalTicks: 1);
        _recorder.Prepare("details", PagePath.Legacy, "v8");
        Assert.Equal(["home"], _recorder.Groups.Select(g => g.Page));

        var before = GC.GetAllocatedBytesForCurrentThread();
        _recorder.Begin(KeyName.Down, "details", PagePath.Legacy, "v8", arrivalTicks: 2);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["home", "details"], _recorder.Groups.Select(g => g.Page));
        // The histograms are hundreds of kilobytes; listing the group and the event take a few.
        Assert.True(allocated < 16 * 1024, $"the first key allocated {allocated} bytes");
    }

    [Fact]
    public void Committed_and_present_are_measured_from_arrival()
    {
        var id = _recorder.Begin(KeyName.Right, "home", PagePath.Native, "v8", arrivalTicks: 100);
        _recorder.AddStage(id, LatencyStage.Handler, 0.5);
        _recorder.AddStage(id, LatencyStage.Layout, 1.25);
        _recorder.AddStage(id, LatencyStage.Layout, 0.25);
        _recorder.Committed(id, 102);
        _recorder.Presented(id, 117);

        var e = _recorder.Events[0];
        Assert.Equal((1L, 2.0, 17.0), (e.Id, e.CommittedMs, e.PresentMs));
        Assert.Equal(1.5, e.Stages[(int)LatencyStage.Layout]);
        Assert.True(_recorder.TryGetGroup("home", PagePath.Native, "v8", out var group));
        Assert.Equal(2.0, group.CommittedSummary.P99);
        Assert.Equal(17.0, group.PresentSummary.Max);
        Assert.Equal(1.5, group.StageMeanMs(LatencyStage.Layout));
    }

    [Fact]
    public void The_frame_that_committed_an_event_is_noted_once()
    {
        var id = _recorder.Begin(KeyName.Right, "home", PagePath.Legacy, "v8", arrivalTicks: 0);
        Assert.True(double.IsNaN(_recorder.Events[0].FrameMs));

        _recorder.Framed(id, 6.5);
        _recorder.Framed(id, 9);

        Assert.Equal(6.5, _recorder.Events[0].FrameMs);
    }

    [Fact]
    public void Groups_split_by_page_path_and_engine()
    {
        Play("home", PagePath.Native, "v8", 3);
        Play("home", PagePath.Legacy, "v8", 2);
        Play("home", PagePath.Legacy, "jint", 1);
        Play("search", PagePath.Native, "v8", 4);

        Assert.Equal(
            [("home", PagePath.Native, "v8", 3L), ("home", PagePath.Legacy, "v8", 2L), ("home", PagePath.Legacy, "jint", 1L), ("search", PagePath.Native, "v8", 4L)],
            _recorder.Groups.Select(g => (g.Page, g.Path, g.Engine, g.Present.TotalCount)));
    }

    [Fact]
    public void Legacy_batch_caused_by_several_events_commits_each_of_them()
    {
        var a = _recorder.Begin(KeyName.Down, "details", PagePath.Legacy, "v8", 10);
        var b = _recorder.Begin(KeyName.Down, "details", PagePath.Legacy, "v8", 14);
        _recorder.Committed([a, b], 20);
        _recorder.Presented([a, b], 33);

        Assert.Equal([10.0, 6.0], _recorder.Events.ToArray().Select(e => e.CommittedMs));
        Assert.Equal([23.0, 19.0], _recorder.Events.ToArray().Select(e => e.PresentMs));
    }

    [Fact]
    public void Presented_frame_shows_exactly_the_events_committed_before_it_with_its_stage_times()
    {
        var a = _recorder.Begin(KeyName.Right, "home", PagePath.Native, "v8", 0);
        var b = _recorder.Begin(KeyName.Right, "details", PagePath.Legacy, "v8", 2);
        _recorder.Committed(a, 1);
        _recorder.AddFrameStage(LatencyStage.Layout, 0.5);

        Assert.Equal(1, _recorder.PresentFrame(16));
        _recorder.Committed(b, 20);
        _recorder.AddFrameStage(LatencyStage.Layout, 0.25);
        Assert.Equal(1, _recorder.PresentFrame(33));
        Assert.Equal(0, _recorder.PresentFrame(50));

        Assert.Equal((16.0, 0.5), (_recorder.Events[0].PresentMs, _recorder.Events[0].Stages[(int)LatencyStage.Layout]));
        Assert.Equal((31.0, 0.25), (_recorder.Events[1].PresentMs, _recorder.Events[1].Stages[(int)LatencyStage.Layout]));
        Assert.True(_recorder.Account().IsComplete);
    }

    [Fact]
    public void Later_frames_for_a_measured_event_are_counted_but_not_measured_again()
    {
        var id = _recorder.Begin(KeyName.Select, "home", PagePath.Legacy, "v8", 0);
        _recorder.Committed(id, 5);
        _recorder.Committed(id, 40);
        _recorder.Presented(id, 16);
        _recorder.Presented(id, 50);

        var accounting = _recorder.Account();
        Assert.True(accounting.IsComplete);
        Assert.Equal(1, accounting.LateReports);
        Assert.Equal(1, accounting.InHistograms);
        Assert.Equal(16.0, _recorder.Events[0].PresentMs);
        Assert.Equal(5.0, _recorder.Events[0].CommittedMs);
    }

    [Fact]
    public void Accounting_names_events_that_were_never_presented()
    {
        Play("home", PagePath.Native, "v8", 2);
        _recorder.Begin(KeyName.Left, "home", PagePath.Native, "v8", 500);

        var accounting = _recorder.Account();

        Assert.False(accounting.IsComplete);
        Assert.Equal([3L], accounting.Missing);
        var ex = Assert.Throws<InvalidOperationException>(accounting.EnsureComplete);
        Assert.Contains("1 of 3 input events were never presented (ids 3)", ex.Message);
    }

    [Fact]
    public void Unknown_event_id_and_time_before_arrival_are_rejected_by_name()
    {
        var id = _recorder.Begin(KeyName.Up, "home", PagePath.Native, "v8", 100);

        Assert.Contains("no input event 9", Assert.Throws<ArgumentOutOfRangeException>(() => _recorder.Presented(9, 200)).Message);
        Assert.Contains("before its arrival", Assert.Throws<ArgumentOutOfRangeException>(() => _recorder.Committed(id, 50)).Message);
        Assert.Throws<ArgumentException>(() => _recorder.Begin(KeyName.Up, "search", PagePath.Compare, "v8", 0));
    }

    [Fact]
    public void Steady_recording_allocates_nothing()
    {
        var recorder = new LatencyRecorder(1000, capacity: 4096);
        Span<long> ids = stackalloc long[2];
        static void Frame(LatencyRecorder recorder, Span<long> ids, long t)
        {
            ids[0] = recorder.Begin(KeyName.Right, "home", PagePath.Legacy, "v8", t);
            ids[1] = recorder.Begin(KeyName.Right, "home", PagePath.Legacy, "v8", t + 1);
            recorder.AddStage(ids[0], LatencyStage.Handler, 0.3);
            recorder.Committed(ids, t + 3);
            recorder.AddFrameStage(LatencyStage.Render, 2);
            recorder.PresentFrame(t + 16);
        }
        var frame = 0;
        for (; frame < 600; frame++)
        {
            Frame(recorder, ids, frame * 20L);
        }
        // Rounds of 200 frames (400 events) stay within the capacity; the runtime may allocate once while it tiers
        // the code up, so a round that allocates is retried, and code that allocates per event fails every round.
        long allocated = -1;
        for (var round = 0; round < 5 && allocated != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var end = frame + 200; frame < end; frame++)
            {
                Frame(recorder, ids, frame * 20L);
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, allocated);
        Assert.True(recorder.Events.Length <= 4096);
    }

    [Fact]
    public void Budget_policy_flags_native_pages_over_their_p99_budget_only()
    {
        var routes = new RouteTable("home",
        [
            new PageRoute("home", "Home", "home", PagePath.Native, PagePath.Legacy, BudgetP99Ms: 2),
            new PageRoute("search", "Search", "search", PagePath.Native, PagePath.Legacy, BudgetP99Ms: 50),
            new PageRoute("details", null, "details", PagePath.Legacy, BudgetP99Ms: 1),
        ]);
        Play("home", PagePath.Native, "v8", 30, committedMs: 3);
        Play("search", PagePath.Native, "v8", 30, committedMs: 3);
        Play("details", PagePath.Legacy, "v8", 30, committedMs: 3);

        var breach = Assert.Single(new LatencyBudgetPolicy(routes, minimumSamples: 20).FindBreaches(_recorder));

        Assert.Equal("home", breach.Page);
        Assert.Equal(("max", 3.0), (breach.Statistic, breach.Ms));
        Assert.Equal(new LatencySummary(30, 16, 16, 16, 16), _recorder.Groups[0].PresentSummary);
        Assert.Contains("max 3 ms > 2 ms over 30 events", breach.Reason);
        Assert.Empty(new LatencyBudgetPolicy(routes, minimumSamples: 31).FindBreaches(_recorder));
    }

    [Fact]
    public void Budget_policy_judges_the_p99_from_1000_events_on_and_the_max_below()
    {
        var routes = new RouteTable("home", [new PageRoute("home", "Home", "home", PagePath.Native, PagePath.Legacy, BudgetP99Ms: 2)]);
        var policy = new LatencyBudgetPolicy(routes, minimumSamples: 20);
        Play("home", PagePath.Native, "v8", 990, committedMs: 1);
        Play("home", PagePath.Native, "v8", 5, committedMs: 9);

        // 995 events: one slow key is the max, and the max is what is judged (a "p99" of so few is the max anyway).
        var breach = Assert.Single(policy.FindBreaches(_recorder));
        Assert.Equal(("max", 995L), (breach.Statistic, breach.Samples));
        Assert.Equal(9.0, breach.Ms, 1); // histogram precision
        Assert.False(_recorder.Groups[0].CommittedSummary.HasP99);

        // 1,000 events: the p99 is a real one, and 5 slow keys in 1,000 stay under it.
        Play("home", PagePath.Native, "v8", 5, committedMs: 1);
        Assert.True(_recorder.Groups[0].CommittedSummary.HasP99);
        Assert.Equal(LatencySummary.MinimumForP99, _recorder.Groups[0].CommittedSummary.Count);
        Assert.Empty(policy.FindBreaches(_recorder));
    }

    [Fact]
    public void Enforcing_budgets_rolls_breaking_pages_back_once()
    {
        var routes = new RouteTable("home", [new PageRoute("home", "Home", "home", PagePath.Native, PagePath.Legacy, BudgetP99Ms: 2)]);
        var natives = new NativePageRegistry().Register("Home", (_, context) => new SimplePage(context));
        using var router = new Router(routes, new CountingHost(["home"]), natives, new CountingHost(["home"]),
            new Serilog.LoggerConfiguration().CreateLogger());
        router.Start();
        var policy = new LatencyBudgetPolicy(routes, minimumSamples: 20);
        Play("home", PagePath.Native, "v8", 25, committedMs: 4);

        var records = policy.Enforce(router, _recorder);

        var record = Assert.Single(records);
        Assert.Equal(("home", (PagePath?)PagePath.Legacy), (record.Page, record.To));
        Assert.StartsWith("latency budget broken", record.Reason);
        Assert.Equal(PagePath.Legacy, router.Current!.Path);
        Assert.Empty(policy.Enforce(router, _recorder));
    }

    private void Play(string page, PagePath path, string engine, int count, long committedMs = 2)
    {
        for (var i = 0; i < count; i++)
        {
            var t = 1000L * (_recorder.Events.Length + 1);
            var id = _recorder.Begin(KeyName.Right, page, path, engine, t);
            _recorder.Committed(id, t + committedMs);
            _recorder.Presented(id, t + 16);
        }
    }
}
