using Bridge.Interaction.Animation;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;
using Bridge.Interaction.Input;
using Bridge.Interaction.Scrolling;
using Bridge.Interaction.Tests.Focus;

namespace Bridge.Interaction.Tests.Scrolling;

public sealed class ScrollFocusTests
{
    [Fact]
    public void Scrolling_rail_keeps_the_focused_tile_inside_the_viewport_with_a_smooth_scroll()
    {
        // A rail of 40 tiles (200 wide, gap 20) seen through a 1280-px viewport; margin 100 px; 200 ms scroll.
        const float viewport = 1280, margin = 100, pitch = 220, durationMs = 200;
        var g = TreeGraph.Rails(1, 40);
        var rail = g["rail0"];
        var contentSize = 40 * pitch - 20;
        var controller = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        controller.RequestFocus(g, g["r0t0"]);
        var scroll = new AnimatedValue(0);
        var applied = 0f;
        var now = 0.0;

        for (var press = 0; press < 45; press++)
        {
            var outcome = controller.HandleKey(g, press < 39 ? RemoteKey.Right : RemoteKey.Left, now);
            var focusedIndex = outcome.Kind == KeyOutcomeKind.Moved ? press < 39 ? press + 1 : 39 - (press - 38) : 39;
            Assert.Equal(g[$"r0t{focusedIndex}"], controller.Focused);

            // The scroll container asks for the offset that reveals the focused tile (in content coordinates).
            var childStart = g.Bounds(controller.Focused).X + applied;
            var target = ScrollMath.OffsetToReveal(scroll.Target, viewport, contentSize, childStart, 200, margin);
            if (target != scroll.Target)
            {
                scroll.AnimateTo(target, now, durationMs, Easing.EaseOut);
            }

            // Frames at 60 Hz until the next key: the offset moves monotonically towards its target.
            var previous = scroll.ValueAt(now);
            for (var frame = 1; frame <= 16; frame++)
            {
                var t = now + frame * 16.6667;
                var value = scroll.ValueAt(t);
                Assert.True(Math.Sign(target - previous) * (value - previous) >= -1e-3, $"scroll went backwards at press {press}");
                previous = value;
                g.Shift(rail, applied - value, 0);
                applied = value;
            }
            now += 16 * 16.6667;

            var bounds = g.Bounds(controller.Focused);
            Assert.True(bounds.IsInside(new Rect(0, 0, viewport, 200)), $"press {press}: tile {focusedIndex} at {bounds} is outside");
            var range = VisibleRange.Uniform(40, 0, 200, 20, applied, applied + viewport, 220);
            Assert.True(range.Contains(focusedIndex));
            Assert.InRange(range.Count, 6, 9);
        }
    }
}
