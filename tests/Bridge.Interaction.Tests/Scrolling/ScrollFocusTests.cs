using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;
using Bridge.Interaction.Input;
using Bridge.Interaction.Scrolling;
using Bridge.Interaction.Tests.Focus;

namespace Bridge.Interaction.Tests.Scrolling;

public sealed class ScrollFocusTests
{
    // A rail of 40 tiles (200 wide, gap 20) seen through a 1280-px viewport, margin 100 px.
    private const float Viewport = 1280, Margin = 100, Pitch = 220, TileW = 200;
    private const int Tiles = 40;

    [Fact]
    public void Scrolling_rail_keeps_the_focused_tile_inside_the_viewport_with_a_smooth_scroll()
    {
        var g = TreeGraph.Rails(1, Tiles);
        var rail = g["rail0"];
        var controller = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        controller.RequestFocus(g, g["r0t0"]);
        var scroll = new ScrollState(Viewport, Tiles * Pitch - 20);
        var applied = 0f;
        var now = 0.0;

        for (var press = 0; press < 45; press++)
        {
            var outcome = controller.HandleKey(g, press < 39 ? RemoteKey.Right : RemoteKey.Left, now);
            var focusedIndex = outcome.Kind == KeyOutcomeKind.Moved ? press < 39 ? press + 1 : 39 - (press - 38) : 39;
            Assert.Equal(g[$"r0t{focusedIndex}"], controller.Focused);

            // The scroll container reveals the focused tile (bounds are drawn positions: add the offset back).
            scroll.Reveal(g.Bounds(controller.Focused).X + applied, TileW, now, Margin);
            var target = scroll.TargetOffset;

            // Frames at 60 Hz until the next key: the offset moves monotonically towards its target.
            var previous = scroll.OffsetAt(now);
            for (var frame = 1; frame <= 16; frame++)
            {
                var t = now + frame * 16.6667;
                var value = scroll.OffsetAt(t);
                Assert.True(Math.Sign(target - previous) * (value - previous) >= -1e-3, $"scroll went backwards at press {press}");
                previous = value;
                g.Shift(rail, applied - value, 0);
                applied = value;
            }
            now += 16 * 16.6667;

            var bounds = g.Bounds(controller.Focused);
            Assert.True(bounds.IsInside(new Rect(0, 0, Viewport, 200)), $"press {press}: tile {focusedIndex} at {bounds} is outside");
            var range = scroll.VisibleUniform(now, Tiles, 0, TileW, 20, Pitch);
            Assert.True(range.Contains(focusedIndex));
            Assert.InRange(range.Count, 6, 9);
        }
    }

    [Fact]
    public void Quick_presses_add_up_from_the_target_not_the_drawn_offset()
    {
        var scroll = new ScrollState(Viewport, Tiles * Pitch - 20);
        // Focus jumps to tiles 6, 7, 8 within 30 ms, long before the 200-ms scroll ends.
        Assert.True(scroll.Reveal(6 * Pitch, TileW, 0, Margin));
        Assert.True(scroll.Reveal(7 * Pitch, TileW, 10, Margin));
        Assert.True(scroll.Reveal(8 * Pitch, TileW, 20, Margin));
        Assert.Equal(8 * Pitch + TileW + Margin - Viewport, scroll.TargetOffset);
        Assert.False(scroll.Reveal(7 * Pitch, TileW, 30, Margin));
        Assert.True(scroll.IsScrolling(100));
        Assert.Equal(scroll.TargetOffset, scroll.OffsetAt(1000));
    }

    [Fact]
    public void Shrinking_content_clamps_the_offset()
    {
        var scroll = new ScrollState(Viewport, 5000);
        scroll.Reveal(4800, 200, 0);
        Assert.Equal(3720, scroll.TargetOffset);
        scroll.Resize(Viewport, 2000, 1000);
        Assert.Equal(720, scroll.TargetOffset);
        Assert.Equal(720, scroll.OffsetAt(1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => scroll.Resize(-1, 10, 0));
    }
}
