using Bridge.Interaction.Focus;
using Bridge.Interaction.Input;

namespace Bridge.Interaction.Tests.Focus;

public sealed class FocusControllerTests
{
    [Fact]
    public void Consumed_key_does_not_move_focus()
    {
        var g = TreeGraph.Rails(2, 4);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r0t1"]);
        g.SetHandler(g["r0t1"], key => key == RemoteKey.Right ? KeyVerdict.Consume : KeyVerdict.Continue);

        var outcome = c.HandleKey(g, RemoteKey.Right, 0);
        Assert.Equal(new KeyOutcome(KeyOutcomeKind.Consumed, g["r0t1"], g["r0t1"], g["r0t1"]), outcome);
        Assert.Equal(g["r0t1"], c.Focused);

        Assert.Equal(KeyOutcomeKind.Moved, c.HandleKey(g, RemoteKey.Left, 1).Kind);
        Assert.Equal(g["r0t0"], c.Focused);
    }

    [Fact]
    public void Ancestor_handler_sees_the_key_after_the_focused_node_and_can_consume_it()
    {
        var g = TreeGraph.Rails(2, 4);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r0t1"]);
        var seen = new List<string>();
        g.SetHandler(g["r0t1"], _ => { seen.Add("tile"); return KeyVerdict.Continue; });
        g.SetHandler(g["rail0"], _ => { seen.Add("rail"); return KeyVerdict.Consume; });
        g.SetHandler(g["root"], _ => { seen.Add("root"); return KeyVerdict.Continue; });

        var outcome = c.HandleKey(g, RemoteKey.Down, 0);
        Assert.Equal(KeyOutcomeKind.Consumed, outcome.Kind);
        Assert.Equal(g["rail0"], outcome.Handler);
        Assert.Equal(["tile", "rail"], seen);
        Assert.Equal(g["r0t1"], c.Focused);
    }

    [Fact]
    public void Vetoed_move_is_cancelled_and_focus_stays()
    {
        var g = TreeGraph.Rails(2, 4);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r0t1"]);
        g.MoveApproval = (from, to, direction) => direction != Direction.Down;

        var outcome = c.HandleKey(g, RemoteKey.Down, 0);
        Assert.Equal(new KeyOutcome(KeyOutcomeKind.Cancelled, g["r0t1"], g["r0t1"], g["r1t1"]), outcome);
        Assert.Equal(g["r0t1"], c.Focused);
        Assert.Equal(-1, g.RememberedChild(g["rail1"]));
        Assert.Equal(KeyOutcomeKind.Moved, c.HandleKey(g, RemoteKey.Right, 1).Kind);
    }

    [Fact]
    public void Select_and_back_pass_on_to_the_host_when_not_consumed()
    {
        var g = TreeGraph.Rails(1, 2);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r0t0"]);
        Assert.Equal(KeyOutcomeKind.PassedOn, c.HandleKey(g, RemoteKey.Select, 0).Kind);
        Assert.Equal(KeyOutcomeKind.PassedOn, c.HandleKey(g, RemoteKey.Back, 1).Kind);
        Assert.Equal(g["r0t0"], c.Focused);
    }

    [Fact]
    public void Key_without_focus_reports_no_focus()
    {
        var g = TreeGraph.Rails(1, 2);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        Assert.Equal(KeyOutcomeKind.NoFocus, c.HandleKey(g, RemoteKey.Right, 0).Kind);
    }

    [Fact]
    public void Held_key_repeats_are_throttled_and_key_up_ends_the_hold()
    {
        var g = TreeGraph.Rails(1, 20);
        var c = new FocusController(new SpatialNavigator(), new KeyRepeatThrottle(300, 100));
        c.RequestFocus(g, g["r0t0"]);
        var moved = 0;
        // Auto-repeat every 30 ms for 600 ms: the press, then repeats at >= 300 ms, one per 100 ms.
        for (var t = 0; t <= 600; t += 30)
        {
            if (c.HandleKey(g, RemoteKey.Right, t).Kind == KeyOutcomeKind.Moved)
            {
                moved++;
            }
        }
        Assert.Equal(4, moved);
        Assert.Equal(g["r0t4"], c.Focused);
        c.KeyUp(RemoteKey.Right);
        Assert.Equal(KeyOutcomeKind.Moved, c.HandleKey(g, RemoteKey.Right, 610).Kind);
    }

    [Fact]
    public void Removing_the_focused_tile_moves_focus_to_its_nearest_neighbour()
    {
        var g = TreeGraph.Rails(2, 5);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r0t2"]);
        var removed = g["r0t2"];
        Assert.True(c.IsFocusWithin(g, removed));
        var oldParent = g.Parent(removed);
        var oldBounds = g.Bounds(removed);
        g.Detach(removed);

        var target = c.RestoreAfterRemoval(g, oldParent, oldBounds);
        Assert.True(target == g["r0t1"] || target == g["r0t3"]);
        Assert.Equal(target, c.Focused);
    }

    [Fact]
    public void Removing_the_focused_rail_moves_focus_to_the_nearest_tile_of_another_rail()
    {
        var g = TreeGraph.Rails(3, 5);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r1t3"]);
        var rail = g["rail1"];
        Assert.True(c.IsFocusWithin(g, rail));
        var oldBounds = g.Bounds(c.Focused);
        var oldParent = g.Parent(rail);
        g.Detach(rail);

        var target = c.RestoreAfterRemoval(g, oldParent, oldBounds);
        Assert.True(target == g["r0t3"] || target == g["r2t3"]);
    }

    [Fact]
    public void Removing_the_last_focusable_clears_focus()
    {
        var g = TreeGraph.Rails(1, 1);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r0t0"]);
        var bounds = g.Bounds(g["r0t0"]);
        g.Detach(g["r0t0"]);
        Assert.Equal(-1, c.RestoreAfterRemoval(g, g["rail0"], bounds));
        Assert.Equal(-1, c.Focused);
    }

    [Fact]
    public void Warm_key_handling_allocates_nothing()
    {
        var g = TreeGraph.Rails(3, 30);
        var c = new FocusController(new SpatialNavigator(), KeyRepeatThrottle.None());
        c.RequestFocus(g, g["r1t10"]);
        RemoteKey[] keys = [RemoteKey.Right, RemoteKey.Down, RemoteKey.Left, RemoteKey.Up];
        for (var i = 0; i < 8; i++)
        {
            c.HandleKey(g, keys[i % 4], i);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            c.HandleKey(g, keys[i % 4], 100 + i);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
