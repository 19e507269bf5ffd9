using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Reactive;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Frame;

public sealed class FrameLoopTests
{
    [Fact]
    public void The_loop_owns_the_whole_schedule_in_the_fixed_stage_order()
    {
        using var host = new TestHost();
        Assert.Equal(
            ["Input:InputSystem", "Focus:FocusSystem", "Handlers:EffectsSystem", "Apply:ScrollIntoViewSystem", "Layout:LayoutSystem",
             "Animation:AnimationSystem", "Render:RenderSystem", "Render:FocusDebugOverlaySystem"],
            host.Loop.Schedule.Describe());
    }

    [Fact]
    public void A_system_added_later_runs_before_the_systems_that_stay_last_in_its_stage()
    {
        using var host = new TestHost();
        host.Loop.Schedule.Add(new Named(FrameStage.Apply, "BatchApplier"));
        host.Loop.Schedule.Add(new Named(FrameStage.Render, "AppOverlay"));
        var order = host.Loop.Schedule.Describe().ToList();
        Assert.True(order.IndexOf("Apply:BatchApplier") < order.IndexOf("Apply:ScrollIntoViewSystem"), string.Join(", ", order));
        Assert.True(order.IndexOf("Render:AppOverlay") < order.IndexOf("Render:FocusDebugOverlaySystem"), string.Join(", ", order));
    }

    private sealed class Named(FrameStage stage, string name) : EngineSystem
    {
        public override FrameStage Stage => stage;

        public override string Name => name;

        public override void Run(in SystemContext context)
        {
        }
    }

    [Fact]
    public void Select_presses_the_focused_node_and_the_event_is_committed_by_that_frame()
    {
        using var host = new TestHost();
        var presses = R.Signal(0);
        host.Mount(() => View()[
            View(testId: "button", focusable: true, onPress: () => presses.Set(presses.Peek() + 1),
                 style: new() { Width = 100, Height = 40 })[
                Text(() => $"pressed {presses.Value}", testId: "label")]]);
        host.World.Focus(host.World.FindByTestId("button"));
        host.Frame();

        host.Clock.Advance(1_000);
        long id = host.Loop.Input.Enqueue(KeyName.Select);
        long arrival = host.Clock.Now;
        host.Frame();

        Assert.Equal("pressed 1", host.World.Get<TextContent>(host.World.FindByTestId("label")).Text);
        Assert.True(host.Loop.Stats.TryGetEvent(id, out var committed));
        Assert.Equal(arrival, committed.Event.Arrival);
        Assert.Equal(host.Loop.Frame, committed.Frame);
        Assert.Equal(host.Loop.Stats.Last.Present, committed.Present);
        Assert.Equal(id, host.Loop.Stats.Last.FirstEventId);
        Assert.Equal(1, host.Loop.Stats.Last.EventCount);
    }

    [Fact]
    public void OnKey_bubbles_to_ancestors_until_consumed_and_unconsumed_keys_are_reported()
    {
        using var host = new TestHost();
        var seen = new List<string>();
        host.Mount(() => View(testId: "rail", onKey: k => { seen.Add("rail:" + k.Key); return k.Key == KeyName.Right; })[
            View(testId: "tile", focusable: true, onKey: k => { seen.Add("tile:" + k.Key); return false; })]);
        host.World.Focus(host.World.FindByTestId("tile"));

        host.Loop.Input.Enqueue(KeyName.Right);
        host.Loop.Input.Enqueue(KeyName.Down);
        host.Frame();

        Assert.Equal(["tile:Right", "rail:Right", "tile:Down", "rail:Down"], seen);
        Assert.Equal(KeyName.Down, Assert.Single(host.Loop.InputSystem.Unhandled.ToArray()).Key);
    }

    [Fact]
    public void Handler_that_throws_is_reported_and_the_frame_goes_on()
    {
        using var host = new TestHost();
        var failures = new List<string>();
        host.Loop.HandlerFailed += (e, handler, ex) => failures.Add($"{handler}:{ex.Message}");
        host.Mount(() => View(testId: "b", focusable: true, onPress: () => throw new InvalidOperationException("boom")));
        host.World.Focus(host.World.FindByTestId("b"));
        host.Loop.Input.Enqueue(KeyName.Select);
        host.Frame();
        Assert.Equal(["onPress:boom"], failures);
        Assert.Equal(1, host.Backend.FrameCount);
    }

    [Fact]
    public void Stage_times_are_recorded_per_frame()
    {
        using var host = new TestHost();
        host.Frame();
        host.Frame();
        Assert.Equal(2, host.Loop.Stats.FrameCount);
        Assert.True(host.Loop.Stats.TryGetFrame(1, out var first));
        Assert.Equal(1, first.Frame);
        var last = host.Loop.Stats.Last;
        Assert.True(last.Present >= last.Start);
        long sum = 0;
        for (int s = 0; s < StageTimes.StageCount; s++) sum += last.TicksOf((FrameStage)s);
        Assert.Equal(last.Present - last.Start, sum);
    }

    [Fact]
    public void OnLayout_fires_only_when_the_box_changed()
    {
        using var host = new TestHost();
        var width = R.Signal(100.0);
        var boxes = new List<LayoutBox>();
        host.Mount(() => View(style: new() { AlignItems = "flex-start" })[
            View(onLayout: boxes.Add, style: new() { Width = width, Height = 10 })]);
        host.Frame();
        host.Frame();
        width.Set(150);
        host.Frame();
        Assert.Equal([100f, 150f], boxes.Select(b => b.W));
    }

    [Fact]
    public void Render_records_rects_text_clip_and_opacity_into_the_draw_list()
    {
        using var host = new TestHost();
        host.Mount(() => View(style: new() { Opacity = 0.5, Overflow = "hidden", BackgroundColor = "#ff0000", Width = 200, Height = 100 })[
            Text("hello", style: new() { Color = "#00ff00" })]);
        host.Frame();
        var cmds = host.Backend.LastCommands.ToArray();
        Assert.Equal([DrawKind.Rect, DrawKind.PushClip, DrawKind.Text, DrawKind.PopClip], cmds.Select(c => c.Kind));
        Assert.Equal(new Rgba(255, 0, 0, 255), cmds[0].Color);
        Assert.Equal(0.5f, cmds[2].Opacity);
        Assert.Equal(new Rgba(0, 255, 0, 255), cmds[2].Color);
        Assert.Equal(new RectF(0, 0, 200, 100), cmds[0].Rect);
    }

    [Fact]
    public void Paced_clock_waits_for_the_next_tick()
    {
        var clock = new PacedClock(100);
        long start = clock.Now;
        clock.WaitForNextFrame();
        clock.WaitForNextFrame();
        Assert.True(clock.Now - start >= clock.Period, "two waits at 100 Hz must span at least one period");
    }

    [Fact]
    public void A_design_size_is_laid_out_in_design_units_and_mapped_to_the_frame_by_one_scale()
    {
        using var host = new TestHost(400, 200);
        host.Loop.SetDesignSize((200, 100));
        host.Mount(() => View(testId: "box", style: new() { Width = "100%", Height = 50 }));
        host.Frame();

        var box = host.World.Get<LayoutBox>(host.World.FindByTestId("box"));
        Assert.Equal((200f, 50f), (box.W, box.H));
        Assert.Equal((200, 100, 400, 200), (host.Loop.ViewportWidth, host.Loop.ViewportHeight, host.Loop.DeviceWidth, host.Loop.DeviceHeight));
        Assert.Equal(new DeviceMapping(2, 0, 0), host.Loop.Device);

        // A new frame size keeps the design: the layout is unchanged, the scale follows (centred in a wider frame).
        host.Loop.Resize(700, 300);
        host.Frame();
        Assert.Equal(200f, host.World.Get<LayoutBox>(host.World.FindByTestId("box")).W);
        Assert.Equal(new DeviceMapping(3, 50, 0), host.Loop.Device);

        host.Loop.SetDesignSize(null);
        host.Frame();
        Assert.Equal(700f, host.World.Get<LayoutBox>(host.World.FindByTestId("box")).W);
        Assert.True(host.Loop.Device.IsIdentity);
    }
}

public sealed class SteadyFrameChangeTests
{
    [Fact]
    public void Frame_with_nothing_new_marks_no_component_changed()
    {
        using var host = new TestHost();
        host.Mount(() => View(style: new() { Padding = 10 })[
            Text("title", style: new() { FontSize = 20 }),
            View(focusable: true, style: new() { Width = 50, Height = 50, BackgroundColor = "#336699" })]);
        host.Frame();
        host.Frame();
        var ecs = host.World.Ecs;
        uint since = ecs.Tick;
        ecs.AdvanceTick();

        host.Frame();

        int changed = 0;
        foreach (var _ in ecs.Changed<Bridge.Engine.Widgets.TextContent>(since)) changed++;
        foreach (var _ in ecs.Changed<Bridge.Engine.Widgets.Style>(since)) changed++;
        foreach (var _ in ecs.Changed<Bridge.Engine.Widgets.LayoutBox>(since)) changed++;
        foreach (var _ in ecs.Changed<Bridge.Engine.Widgets.RenderInfo>(since)) changed++;
        Assert.Equal(0, changed);
        Assert.Equal(2, host.Backend.LastCommands.Length);   // the text and the filled square, drawn again
    }
}

public sealed class IdleTests
{
    [Fact]
    public void Run_until_idle_stops_once_input_effects_layout_and_sources_are_done()
    {
        using var host = new TestHost();
        var label = R.Signal("a");
        host.Mount(() => View(testId: "b", focusable: true, onPress: () => label.Set("pressed"))[Text(label, testId: "t")]);
        int animationFrames = 3;
        host.Loop.AddWorkSource(() => animationFrames-- > 0);
        host.World.Focus(host.World.FindByTestId("b"));
        host.Loop.Input.Enqueue(KeyName.Select);

        int frames = host.Loop.RunUntilIdle();

        Assert.InRange(frames, 3, 4);
        Assert.False(host.Loop.HasPendingWork);
        Assert.Equal("pressed", host.World.Get<TextContent>(host.World.FindByTestId("t")).Text);
        host.World.SetText(host.World.FindByTestId("t"), "changed outside a frame");
        Assert.True(host.Loop.HasPendingWork);
        Assert.Equal(1, host.Loop.RunUntilIdle());
    }
}
