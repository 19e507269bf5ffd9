using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Systems;

public sealed class FocusAndScrollTests
{
    [Fact]
    public void Right_keys_move_along_a_rail_and_the_rail_scrolls_smoothly_to_keep_the_focus_visible()
    {
        using var host = new TestHost(400, 200);
        var focus = host.Loop.Focus;
        var scroll = host.Loop.Scroll;
        scroll.Margin = 0;
        scroll.DurationMs = 100;
        host.Mount(() => View(testId: "rail", scroll: ScrollAxis.Horizontal, style: new() { FlexDirection = "row", Width = 400, Height = 100 })[
            Enumerable.Range(0, 10).Select(i => (Bridge.Engine.Compose.Node)View(testId: $"tile-{i}", focusable: true,
                style: new() { Width = 100, Height = 100, FlexShrink = 0 })).ToArray()]);
        host.Frame();

        host.Loop.Input.Enqueue(KeyName.Right);
        host.Frame();
        Assert.Equal("tile-0", FocusedId(host));
        for (var i = 0; i < 5; i++)
        {
            host.Loop.Input.Enqueue(KeyName.Right);
            host.Frame();
        }
        Assert.Equal("tile-5", FocusedId(host));

        // The target is 200 (tile 5 ends at 600 in a 400-wide viewport); a frame into the scroll it is between.
        var rail = host.World.FindByTestId("rail");
        var midway = host.World.Get<ScrollContainer>(rail).OffsetX;
        Assert.InRange(midway, 1, 199);
        Assert.True(scroll.IsScrolling);
        for (var i = 0; i < 10; i++)
        {
            host.Frame();
        }
        Assert.False(scroll.IsScrolling);
        Assert.Equal(200, host.World.Get<ScrollContainer>(rail).OffsetX);
        var box = host.World.Get<LayoutBox>(host.World.FindByTestId("tile-5"));
        Assert.InRange(box.AbsoluteX, 0, 400 - box.W);
    }

    [Fact]
    public void The_last_item_of_a_rail_is_revealed_with_the_rails_end_padding()
    {
        using var host = new TestHost(400, 200);
        host.Loop.Scroll.Margin = 48;
        host.Loop.Scroll.DurationMs = 0;
        host.Mount(() => View(testId: "rail", scroll: ScrollAxis.Horizontal, style: new()
        {
            FlexDirection = "row", Width = 400, Height = 100, PaddingLeft = 30, PaddingRight = 30, Overflow = "hidden",
        })[
            Enumerable.Range(0, 10).Select(i => (Bridge.Engine.Compose.Node)View(testId: $"tile-{i}", focusable: true,
                style: new() { Width = 100, Height = 100, FlexShrink = 0 })).ToArray()]);
        host.Frame();
        host.World.Focus(host.World.FindByTestId("tile-9"));
        host.Frame();
        host.Frame();

        // The margin asks for 48 past the last tile, the content (30 + 1000 + 30) has 30: the tile ends 30 before the
        // viewport's edge, room for its focus effect, not at the edge as it would if the padding did not count.
        Assert.Equal(660, host.World.Get<ScrollContainer>(host.World.FindByTestId("rail")).OffsetX);
        var box = host.World.Get<LayoutBox>(host.World.FindByTestId("tile-9"));
        Assert.Equal(400 - 30, box.AbsoluteX + box.W);
    }

    [Fact]
    public void Leaving_and_reentering_a_rail_restores_its_last_focused_tile()
    {
        using var host = new TestHost(800, 400);
        var focus = host.Loop.Focus;
        host.Loop.Scroll.DurationMs = 0;
        host.Mount(() => View(style: new() { FlexDirection = "column" })[
            Rail("a"),
            Rail("b")]);
        host.Frame();
        foreach (var key in new[] { KeyName.Right, KeyName.Right, KeyName.Right, KeyName.Down, KeyName.Up })
        {
            host.Loop.Input.Enqueue(key);
            host.Frame();
        }
        Assert.Equal("a-2", FocusedId(host));
    }

    [Fact]
    public void When_the_focused_tile_is_removed_focus_goes_to_the_nearest_survivor()
    {
        using var host = new TestHost(800, 400);
        host.Mount(() => View(style: new() { FlexDirection = "column" })[Rail("a"), Rail("b")]);
        host.Frame();
        foreach (var key in new[] { KeyName.Right, KeyName.Right, KeyName.Right, KeyName.Right, KeyName.Down })
        {
            host.Loop.Input.Enqueue(key);
            host.Frame();
        }
        Assert.Equal("b-3", FocusedId(host));

        host.World.DestroySubtree(host.World.FindByTestId("b-3"));
        host.Frame();
        Assert.Equal("b-2", FocusedId(host));

        // The whole rail goes: the nearest focusable left is the tile straight above b-2.
        host.World.DestroySubtree(host.World.FindByTestId("b"));
        host.Frame();
        Assert.Equal("a-2", FocusedId(host));
    }

    [Fact]
    public void A_held_key_repeats_after_a_delay_and_then_no_faster_than_the_interval()
    {
        using var host = new TestHost(4000, 200);
        host.Mount(() => View(style: new() { FlexDirection = "row" })[
            Enumerable.Range(0, 30).Select(i => (Bridge.Engine.Compose.Node)View(testId: $"tile-{i}", focusable: true,
                style: new() { Width = 100, Height = 100 })).ToArray()]);
        host.Frame();
        host.Loop.Input.Enqueue(KeyName.Right);
        host.Frame();
        Assert.Equal("tile-0", FocusedId(host));

        // Held for 30 frames (~500 ms at 60 Hz): a fresh press, then an auto-repeat every frame.
        host.Loop.Input.Enqueue(KeyName.Right);
        host.Frame();
        for (var i = 0; i < 30; i++)
        {
            host.Loop.Input.Enqueue(KeyName.Right, repeat: true);
            host.Frame();
        }
        // The press moves once; repeats act from 250 ms on, then at least 120 ms apart: the frames at ~267 and 400 ms.
        Assert.Equal("tile-3", FocusedId(host));
        Assert.Equal(28, host.Loop.Input.Throttled);

        // A fresh press acts at once even right after a repeat.
        host.Loop.Input.Enqueue(KeyName.Right);
        host.Frame();
        Assert.Equal("tile-4", FocusedId(host));
    }

    private static Bridge.Engine.Compose.Node Rail(string id) =>
        View(testId: id, scroll: ScrollAxis.Horizontal, style: new() { FlexDirection = "row", Height = 100 })[
            Enumerable.Range(0, 4).Select(i => (Bridge.Engine.Compose.Node)View(testId: $"{id}-{i}", focusable: true,
                style: new() { Width = 100, Height = 100, MarginRight = 10 })).ToArray()];

    private static string? FocusedId(TestHost host) =>
        host.World.TryGet(host.World.Focused, out TestId id) ? id.Value : null;
}
