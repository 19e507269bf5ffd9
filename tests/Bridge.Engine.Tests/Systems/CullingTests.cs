using System.Text.Json;
using Bridge.Engine.Compose;
using Bridge.Engine.Dump;
using Bridge.Engine.Systems;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

namespace Bridge.Engine.Tests.Systems;

/// <summary>Far children of scroll containers are neither laid out nor drawn, and every reader still sees exact boxes.</summary>
public sealed class CullingTests
{
    private const int Tiles = 50, TileW = 100, Viewport = 400;

    [Fact]
    public void Far_tiles_of_a_rail_are_not_drawn_and_are_drawn_once_scrolled_into_view()
    {
        using var host = new TestHost(Viewport, 300);
        host.Loop.Scroll.DurationMs = 0;
        host.Loop.Scroll.Margin = 0;
        host.Mount(() => Rail(ordered: true));
        host.Frame();

        Assert.True(Drawn(host, 0));
        Assert.True(Drawn(host, 3));
        Assert.False(Drawn(host, 40));
        // Only the tiles within reach of the 400-pixel viewport are drawn, not all fifty.
        Assert.InRange(TilesDrawn(host), 4, 6);

        host.World.Focus(host.World.FindByTestId("inner-40"));
        host.Frame();

        Assert.True(Drawn(host, 40));
        Assert.False(Drawn(host, 0));
        Assert.InRange(TilesDrawn(host), 4, 6);
    }

    [Fact]
    public void A_tile_outside_the_clip_still_draws_when_its_focus_scale_reaches_into_view()
    {
        using var host = new TestHost(Viewport, 300);
        // Tiles start every 148 px: tile 3 starts at 444, beyond the 400-pixel clip and its 32-pixel margin.
        host.Mount(() => View(testId: "rail", scroll: ScrollAxis.Horizontal,
                              style: new() { FlexDirection = "row", Width = Viewport, Height = 100, Gap = 48, Overflow = "hidden" })[
            Enumerable.Range(0, 6).Select(i =>
            {
                var style = new StyleProps { Width = TileW, Height = 100, FlexShrink = 0, BackgroundColor = Colour(i) };
                if (i == 3) style.Transform = new[] { PropValue.Of("scale"), PropValue.Of(1.5) };
                return (Node)View(style: style);
            }).ToArray()]);
        host.Frame();

        Assert.True(Drawn(host, 3));
        Assert.False(Drawn(host, 4));
    }

    [Fact]
    public void A_tile_outside_the_clip_still_draws_while_the_engine_focus_effect_grows_it_into_view()
    {
        using var host = new TestHost(Viewport, 300);
        host.Mount(() => View(testId: "rail", scroll: ScrollAxis.Horizontal,
                              style: new() { FlexDirection = "row", Width = Viewport, Height = 100, Gap = 48, Overflow = "hidden" })[
            Enumerable.Range(0, 6).Select(i => (Node)View(testId: $"t{i}", focusable: true, focusScale: i == 3 ? 1.5f : 1,
                style: new StyleProps { Width = TileW, Height = 100, FlexShrink = 0, BackgroundColor = Colour(i) })).ToArray()]);
        host.Frame();
        Assert.False(Drawn(host, 3));

        // A scroll too slow to move the rail in these frames: the focus effect alone brings tile 3 into the window.
        host.Loop.Scroll.DurationMs = 1e7f;
        host.World.Focus(host.World.FindByTestId("t3"));
        for (var i = 0; i < 20; i++) host.Frame();
        Assert.True(Drawn(host, 3));
        Assert.False(Drawn(host, 4));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Tree_dump_and_absolute_box_are_exact_inside_a_culled_subtree(bool ordered)
    {
        using var host = new TestHost(Viewport, 300);
        host.Mount(() => Rail(ordered));
        host.Frame();
        var inner = host.World.FindByTestId("inner-40");

        // The subtree was culled: the published box was never written ...
        Assert.Equal(0, host.World.Get<LayoutBox>(inner).AbsoluteX);
        // ... yet the recomputed box and the dump are exact: tile 40 starts at 4000, the inner view 10 px into it.
        var box = host.World.AbsoluteBox(inner);
        Assert.Equal((4010f, 10f, 80f, 80f), (box.AbsoluteX, box.AbsoluteY, box.W, box.H));
        var dumped = Find(JsonDocument.Parse(TreeDump.ToJson(host.World)).RootElement, "inner-40");
        Assert.Equal((4010, 10, 80, 80), (dumped.GetProperty("x").GetInt32(), dumped.GetProperty("y").GetInt32(),
                                          dumped.GetProperty("w").GetInt32(), dumped.GetProperty("h").GetInt32()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Focusing_a_node_in_a_culled_subtree_scrolls_it_into_view_in_one_frame(bool ordered)
    {
        using var host = new TestHost(Viewport, 300);
        host.Loop.Scroll.DurationMs = 0;
        host.Loop.Scroll.Margin = 0;
        host.Mount(() => Rail(ordered));
        host.Frame();
        var inner = host.World.FindByTestId("inner-40");

        host.World.Focus(inner);
        host.Frame();

        // The inner view spans 4010..4090 in content: the least scroll that shows it ends it at the viewport's edge.
        Assert.Equal(4090 - Viewport, host.World.Get<ScrollContainer>(host.World.FindByTestId("rail")).OffsetX);
        var published = host.World.Get<LayoutBox>(inner);
        Assert.Equal(Viewport - 80, published.AbsoluteX);
        Assert.Equal(host.World.AbsoluteBox(inner), published);
    }

    [Fact]
    public void Navigating_into_a_rail_culled_far_down_a_scrolled_page_lands_on_its_first_tile_and_reveals_it()
    {
        using var host = new TestHost(Viewport, 200);
        host.Loop.Scroll.DurationMs = 0;
        host.Loop.Scroll.Margin = 0;
        host.Mount(() => View(testId: "page", scroll: ScrollAxis.Vertical, style: new() { Height = 200, Overflow = "hidden" })[
            PlainRail("a"),
            View(style: new() { Height = 1000 }),
            PlainRail("b")]);
        host.Frame();
        host.World.Focus(host.World.FindByTestId("a-2"));
        host.Frame();
        var target = host.World.FindByTestId("b-0");
        Assert.Equal(0, host.World.Get<LayoutBox>(target).AbsoluteY);   // rail b starts at 1100: culled

        host.Loop.Input.Enqueue(KeyName.Down);
        host.Frame();

        // Down from a-2 (x 200..300) picks the tile of b nearest across: b-2, shown at the page's bottom edge.
        Assert.Equal(host.World.FindByTestId("b-2"), host.World.Focused);
        Assert.Equal(1200 - 200, host.World.Get<ScrollContainer>(host.World.FindByTestId("page")).OffsetY);
        Assert.Equal(100, host.World.Get<LayoutBox>(host.World.Focused).AbsoluteY);
    }

    [Fact]
    public void Right_keys_visit_every_tile_of_a_long_rail_in_order_and_left_keys_come_back()
    {
        using var host = new TestHost(Viewport, 300);
        host.Loop.Scroll.DurationMs = 50;
        host.Mount(() => Rail(ordered: true));
        host.Frame();
        host.World.Focus(host.World.FindByTestId("inner-0"));
        host.Frame();

        for (var i = 1; i < Tiles; i++)
        {
            host.Loop.Input.Enqueue(KeyName.Right);
            host.Frame();
            Assert.Equal($"inner-{i}", FocusedId(host));
        }
        host.Loop.Input.Enqueue(KeyName.Right);
        host.Frame();
        Assert.Equal($"inner-{Tiles - 1}", FocusedId(host));
        for (var i = Tiles - 2; i >= 0; i--)
        {
            host.Loop.Input.Enqueue(KeyName.Left);
            host.Frame();
            Assert.Equal($"inner-{i}", FocusedId(host));
        }
    }

    /// <summary>A 400-wide clipping rail of 100-wide wrappers, each holding a focusable 80x80 view 10 px in; unordered
    /// when a last, absolutely placed child sits back at the start.</summary>
    private static Node Rail(bool ordered)
    {
        var rail = View(testId: "rail", scroll: ScrollAxis.Horizontal,
                        style: new() { FlexDirection = "row", Width = Viewport, Height = 100, Overflow = "hidden" });
        for (var i = 0; i < Tiles; i++)
        {
            rail.Add(View(testId: $"tile-{i}", style: new() { Width = TileW, Height = 100, FlexShrink = 0 })[
                View(testId: $"inner-{i}", focusable: true,
                     style: new() { Width = 80, Height = 80, Margin = 10, BackgroundColor = Colour(i) })]);
        }
        if (!ordered)
        {
            rail.Add(View(style: new() { Position = "absolute", Left = 0, Top = 0, Width = 10, Height = 10 }));
        }
        return rail;
    }

    private static Node PlainRail(string id) =>
        View(testId: id, scroll: ScrollAxis.Horizontal, style: new() { FlexDirection = "row", Height = 100 })[
            Enumerable.Range(0, 4).Select(i => (Node)View(testId: $"{id}-{i}", focusable: true,
                style: new() { Width = 100, Height = 100, FlexShrink = 0 })).ToArray()];

    private static string Colour(int tile) => $"#20{tile:x2}30";

    private static bool Drawn(TestHost host, int tile)
    {
        Assert.True(Rgba.TryParse(Colour(tile), out var colour));
        foreach (var command in host.Loop.DrawList.Commands)
        {
            if (command.Kind == DrawKind.Rect && command.Color == colour) return true;
        }
        return false;
    }

    private static int TilesDrawn(TestHost host)
    {
        var count = 0;
        for (var i = 0; i < Tiles; i++)
        {
            if (Drawn(host, i)) count++;
        }
        return count;
    }

    private static JsonElement Find(JsonElement node, string testId)
    {
        if (node.TryGetProperty("testID", out var id) && id.GetString() == testId) return node;
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                var found = Find(child, testId);
                if (found.ValueKind != JsonValueKind.Undefined) return found;
            }
        }
        return default;
    }

    private static string? FocusedId(TestHost host) =>
        host.World.TryGet(host.World.Focused, out TestId id) ? id.Value : null;
}
