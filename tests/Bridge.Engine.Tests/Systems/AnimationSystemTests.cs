using Bridge.Engine.Ecs;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Interaction.Animation;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Systems;

public sealed class AnimationSystemTests
{
    private const long Ms = 1_000_000; // ManualClock ticks are nanoseconds.

    [Fact]
    public void A_style_change_with_a_transition_plays_over_its_duration_on_the_frame_clock()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(testId: "box", style: new()
        {
            Width = 100, Height = 100, BackgroundColor = "#000000", Opacity = 1,
            TransitionDuration = 100, TransitionTimingFunction = "linear",
        }));
        host.Frame();
        var box = host.World.FindByTestId("box");
        Assert.Equal(1, Drawn(host, box).Opacity);

        host.World.SetProp(box, PropKey.Opacity, PropValue.Of(0.0));
        RunAt(host, 1000);
        Assert.Equal(1, Drawn(host, box).Opacity, 3);
        Assert.True(host.Loop.Animation.IsAnimating);
        Assert.True(host.Loop.HasPendingWork);
        RunAt(host, 1025);
        Assert.Equal(0.75, Drawn(host, box).Opacity, 3);
        Assert.Equal(0.75, host.World.Get<RenderInfo>(box).Opacity, 3);
        RunAt(host, 1050);
        Assert.Equal(0.5, Drawn(host, box).Opacity, 3);
        RunAt(host, 1100);
        Assert.Equal(0, Drawn(host, box).Opacity, 3);
        Assert.False(host.Loop.Animation.IsAnimating);
        Assert.False(host.Loop.HasPendingWork);
    }

    [Fact]
    public void An_interrupted_transition_starts_from_the_value_drawn_at_the_interruption()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(testId: "box", style: new()
        {
            Width = 100, Height = 100, Opacity = 1, TransitionDuration = 100, TransitionTimingFunction = "linear",
        }));
        host.Frame();
        var box = host.World.FindByTestId("box");
        host.World.SetProp(box, PropKey.Opacity, PropValue.Of(0.0));
        RunAt(host, 1000);
        RunAt(host, 1040);
        Assert.Equal(0.6, Drawn(host, box).Opacity, 3);

        host.World.SetProp(box, PropKey.Opacity, PropValue.Of(1.0));
        RunAt(host, 1040);
        Assert.Equal(0.6, Drawn(host, box).Opacity, 3);
        RunAt(host, 1090);
        Assert.Equal(0.8, Drawn(host, box).Opacity, 3);
        RunAt(host, 1140);
        Assert.Equal(1, Drawn(host, box).Opacity, 3);
    }

    [Fact]
    public void Transforms_colours_and_delays_interpolate_and_mounting_does_not_animate()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(testId: "box", style: new()
        {
            Width = 100, Height = 100, BackgroundColor = "#000000", Opacity = 0.5,
            Transform = Transform(("scale", 1), ("translateX", 0)),
            TransitionDuration = 100, TransitionDelay = 20, TransitionTimingFunction = "linear",
        }));
        host.Frame();
        var box = host.World.FindByTestId("box");
        Assert.Equal(0.5, Drawn(host, box).Opacity);
        Assert.False(host.Loop.Animation.IsAnimating);

        host.World.SetProp(box, PropKey.Transform, PropValue.Of(Transform(("scale", 2), ("translateX", 40))));
        host.World.SetProp(box, PropKey.BackgroundColor, PropValue.Of("#ff0000"));
        RunAt(host, 1000);
        RunAt(host, 1010);
        Assert.Equal(1, Drawn(host, box).Transform![0].Value, 3); // still in its delay
        RunAt(host, 1045);
        var m = Drawn(host, box);
        Assert.Equal(1.25, m.Transform![0].Value, 3);
        Assert.Equal(10, m.Transform[1].Value, 3);
        Assert.Equal(64, m.BackgroundColor.R);
        RunAt(host, 1120);
        m = Drawn(host, box);
        Assert.Equal(2, m.Transform![0].Value, 3);
        Assert.Equal(new Graphics.Rgba(255, 0, 0, 255), m.BackgroundColor);
        Assert.False(host.Loop.Animation.IsAnimating);
    }

    [Fact]
    public void A_style_change_without_a_transition_is_drawn_at_once_even_on_an_animated_entity()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(testId: "box", focusable: true, focusScale: 1.2f, style: new() { Width = 100, Height = 100, Opacity = 1 }));
        host.Frame();
        var box = host.World.FindByTestId("box");
        host.World.SetProp(box, PropKey.Opacity, PropValue.Of(0.25));
        RunAt(host, 1000);
        Assert.Equal(0.25, Drawn(host, box).Opacity);
    }

    [Fact]
    public void The_focus_effect_scales_up_on_focus_and_back_on_blur_from_where_it_is()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(style: new() { FlexDirection = "row" })[
            View(testId: "a", focusable: true, focusScale: 1.2f, style: new() { Width = 100, Height = 100 }),
            View(testId: "b", focusable: true, focusScale: 1.2f, style: new() { Width = 100, Height = 100 })]);
        host.Frame();
        var a = host.World.FindByTestId("a");
        var b = host.World.FindByTestId("b");

        host.World.Focus(a);
        RunAt(host, 1000);
        Assert.Equal(1, Drawn(host, a).Scale, 3);
        RunAt(host, 1075);
        float midway = Drawn(host, a).Scale;
        Assert.InRange(midway, 1.1f, 1.2f); // ease-out: past half way at half time
        RunAt(host, 1150);
        Assert.Equal(1.2, Drawn(host, a).Scale, 3);

        // Blur in the middle of a growth: the shrink starts from the scale drawn then.
        host.World.Focus(b);
        RunAt(host, 1200);
        RunAt(host, 1240);
        float growing = Drawn(host, b).Scale;
        host.World.Focus(a);
        RunAt(host, 1240);
        Assert.Equal(growing, Drawn(host, b).Scale, 4);
        RunAt(host, 1400);
        Assert.Equal(1, Drawn(host, b).Scale, 3);
        Assert.Equal(1.2, Drawn(host, a).Scale, 3);
    }

    [Fact]
    public void A_layout_change_of_an_animated_node_moves_it_from_the_old_box_and_its_children_follow()
    {
        using var host = new TestHost(400, 200);
        var left = Reactive.R.Signal(0.0);
        var width = Reactive.R.Signal(100.0);
        host.Mount(() => View(testId: "box", animateLayout: true, style: new()
        {
            MarginLeft = left, Width = width, Height = 50, BackgroundColor = "#ffffff",
            TransitionDuration = 100, TransitionTimingFunction = "linear",
        })[View(testId: "child", style: new() { Width = 10, Height = 10, BackgroundColor = "#ff0000" })]);
        host.Frame();
        var box = host.World.FindByTestId("box");

        left.Value = 100;
        width.Value = 200;
        RunAt(host, 1000);
        Assert.Equal(-100, Drawn(host, box).TranslateX, 3);
        RunAt(host, 1050);
        var m = Drawn(host, box);
        Assert.Equal(-50, m.TranslateX, 3);
        Assert.Equal(150, m.Width, 3);
        // The tree dump and navigation see the layout box; only drawing animates.
        Assert.Equal(100, host.World.Get<LayoutBox>(box).AbsoluteX);
        var childRect = host.Loop.DrawList.Commands[host.World.Get<RenderInfo>(host.World.FindByTestId("child")).FirstCommand];
        Assert.Equal(50, childRect.Transform.Apply(childRect.Rect.X, childRect.Rect.Y).X, 2);
        RunAt(host, 1100);
        m = Drawn(host, box);
        Assert.Equal(0, m.TranslateX);
        Assert.True(float.IsNaN(m.Width));
    }

    [Fact]
    public void A_page_transition_slides_the_pages_and_reports_the_one_that_left()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(style: new() { Width = "100%", Height = "100%" })[
            View(testId: "old", style: new() { Position = "absolute", Width = "100%", Height = "100%" }),
            View(testId: "new", style: new() { Position = "absolute", Width = "100%", Height = "100%" })]);
        host.Frame();
        var old = host.World.FindByTestId("old");
        var fresh = host.World.FindByTestId("new");
        Entity ended = Entity.Null;
        host.Loop.Animation.PageTransitionEnded += e => ended = e;

        host.Loop.Animation.StartPageTransition(old, fresh, PageTransitionKind.SlideLeft, 200, 400, 1000);
        RunAt(host, 1000);
        Assert.Equal(400, Drawn(host, fresh).TranslateX, 3);
        Assert.Equal(0, Drawn(host, old).TranslateX, 3);
        RunAt(host, 1100);
        Assert.InRange(Drawn(host, fresh).TranslateX, 1, 399);
        Assert.Equal(Drawn(host, fresh).TranslateX - 400, Drawn(host, old).TranslateX, 3);
        Assert.True(ended.IsNull);
        RunAt(host, 1200);
        Assert.Equal(0, Drawn(host, fresh).TranslateX, 3);
        Assert.Equal(old, ended);
        Assert.False(host.Loop.Animation.IsAnimating);
    }

    [Fact]
    public void Bad_transition_values_are_rejected_with_the_prop_named()
    {
        using var host = new TestHost(400, 200);
        host.Mount(() => View(testId: "box"));
        var box = host.World.FindByTestId("box");
        var e = Assert.Throws<ArgumentException>(() => host.World.SetProp(box, PropKey.TransitionDuration, PropValue.Of(-5.0)));
        Assert.Contains("transitionDuration", e.Message);
        e = Assert.Throws<ArgumentException>(() => host.World.SetProp(box, PropKey.TransitionTimingFunction, PropValue.Of("bouncy")));
        Assert.Contains("transitionTimingFunction", e.Message);
        e = Assert.Throws<ArgumentException>(() => host.World.SetProp(box, PropKey.FocusScale, PropValue.Of(0.0)));
        Assert.Contains("focusScale", e.Message);
    }

    private static Motion Drawn(TestHost host, Entity e) => host.World.Get<Motion>(e);

    private static void RunAt(TestHost host, double ms)
    {
        host.Clock.Advance((long)(ms * Ms) - host.Clock.Now);
        host.Loop.RunFrame();
    }
}
