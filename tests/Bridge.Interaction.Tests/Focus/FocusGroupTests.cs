using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Tests.Focus;

public sealed class FocusGroupTests
{
    private static FocusWalk Controller() => new();

    [Fact]
    public void Entering_a_rail_from_above_picks_the_geometrically_nearest_tile()
    {
        var g = TreeGraph.Rails(2, 6);
        var c = Controller();
        c.Focus(g, g["r0t3"]);
        var outcome = c.Press(g, Direction.Down);
        Assert.Equal(NavigationReason.Moved, outcome.Reason);
        Assert.Equal(g["r1t3"], c.Focused);
    }

    [Fact]
    public void Rail_remembers_its_last_focused_tile_on_re_entry()
    {
        var g = TreeGraph.Rails(2, 6);
        var c = Controller();
        c.Focus(g, g["r0t3"]);
        c.Press(g, Direction.Down);
        c.Press(g, Direction.Right);
        c.Press(g, Direction.Right);
        Assert.Equal(g["r1t5"], c.Focused);
        c.Press(g, Direction.Up);
        Assert.Equal(g["r0t3"], c.Focused);
        c.Press(g, Direction.Down);
        Assert.Equal(g["r1t5"], c.Focused);
    }

    [Fact]
    public void Group_without_memory_enters_by_geometry_again()
    {
        var plain = new FocusGroup(FocusGroupFlags.Group, -1, DirectionSet.None);
        var g = TreeGraph.Rails(2, 6, railGroup: plain);
        var c = Controller();
        c.Focus(g, g["r0t3"]);
        c.Press(g, Direction.Down);
        c.Press(g, Direction.Right);
        c.Press(g, Direction.Up);
        Assert.Equal(g["r0t4"], c.Focused);
    }

    [Fact]
    public void Preferred_child_is_focused_on_first_entry()
    {
        var g = TreeGraph.Rails(2, 6);
        g.SetGroup(g["rail1"], FocusGroup.Rail with { PreferredChild = g["r1t0"] });
        var c = Controller();
        c.Focus(g, g["r0t4"]);
        c.Press(g, Direction.Down);
        Assert.Equal(g["r1t0"], c.Focused);
    }

    [Fact]
    public void The_first_focusable_of_a_group_is_its_first_tile()
    {
        var g = TreeGraph.Rails(2, 6);
        Assert.Equal(g["r1t0"], new SpatialNavigator().FirstFocusable(g, g["rail1"]));
    }

    [Fact]
    public void Boundary_blocks_leaving_the_group_in_its_directions_only()
    {
        var g = TreeGraph.Rails(2, 3);
        g.SetGroup(g["rail0"], FocusGroup.Rail with { Boundary = DirectionSet.Right | DirectionSet.Down });
        var root = g["root"];
        var outside = g.Add(root, new Rect(700, 0, 100, 120), focusable: true);
        var navigator = new SpatialNavigator();

        var right = navigator.Navigate(g, g["r0t2"], Direction.Right);
        Assert.Equal(new NavigationResult(-1, NavigationReason.Blocked, g["rail0"]), right);
        Assert.Equal(NavigationReason.Blocked, navigator.Navigate(g, g["r0t2"], Direction.Down).Reason);

        g.SetGroup(g["rail0"], FocusGroup.Rail with { Boundary = DirectionSet.Down });
        Assert.Equal(outside, navigator.Navigate(g, g["r0t2"], Direction.Right).Target);
    }

    [Fact]
    public void Override_sends_focus_to_its_target_regardless_of_geometry()
    {
        var g = TreeGraph.Rails(3, 4);
        g.SetOverride(g["r0t1"], Direction.Right, g["r2t3"]);
        var result = new SpatialNavigator().Navigate(g, g["r0t1"], Direction.Right);
        Assert.Equal(new NavigationResult(g["r2t3"], NavigationReason.Override, -1), result);
    }

    [Fact]
    public void Override_on_a_group_applies_when_focus_leaves_it()
    {
        var g = TreeGraph.Rails(3, 4);
        g.SetOverride(g["rail0"], Direction.Down, g["rail2"]);
        var result = new SpatialNavigator().Navigate(g, g["r0t1"], Direction.Down);
        Assert.Equal(NavigationReason.Override, result.Reason);
        Assert.Equal(g["r2t1"], result.Target);
    }

    [Fact]
    public void Override_to_a_hidden_node_falls_back_to_geometry()
    {
        var g = TreeGraph.Rails(3, 4);
        g.SetOverride(g["r0t1"], Direction.Right, g["r2t3"]);
        g.SetNavigable(g["r2t3"], false);
        var result = new SpatialNavigator().Navigate(g, g["r0t1"], Direction.Right);
        Assert.Equal(new NavigationResult(g["r0t2"], NavigationReason.Moved, -1), result);
    }

    [Fact]
    public void Empty_rail_is_skipped_for_the_next_one()
    {
        var g = TreeGraph.Rails(3, 4);
        for (var t = 0; t < 4; t++)
        {
            g.SetNavigable(g[$"r1t{t}"], false);
        }
        var result = new SpatialNavigator().Navigate(g, g["r0t2"], Direction.Down);
        Assert.Equal(g["r2t2"], result.Target);
    }

    [Fact]
    public void Stale_memory_of_a_removed_tile_is_ignored()
    {
        var g = TreeGraph.Rails(2, 4);
        var c = Controller();
        c.Focus(g, g["r1t3"]);
        c.Press(g, Direction.Up);
        g.Detach(g["r1t3"]);
        c.Press(g, Direction.Down);
        Assert.Equal(g["r1t2"], c.Focused);
    }

    [Fact]
    public void Wrapping_rail_goes_from_its_last_tile_to_its_first_and_back()
    {
        var g = TreeGraph.Rails(2, 5, railGroup: FocusGroup.Rail with { Wrap = DirectionSet.Horizontal });
        var navigator = new SpatialNavigator();
        Assert.Equal(new NavigationResult(g["r0t0"], NavigationReason.Wrapped, -1), navigator.Navigate(g, g["r0t4"], Direction.Right));
        Assert.Equal(new NavigationResult(g["r0t4"], NavigationReason.Wrapped, -1), navigator.Navigate(g, g["r0t0"], Direction.Left));
        Assert.Equal(g["r1t2"], navigator.Navigate(g, g["r0t2"], Direction.Down).Target);
    }

    [Fact]
    public void Wrapping_scrolled_rail_goes_to_its_first_tile_even_when_it_is_scrolled_out_of_the_rail_box()
    {
        var g = TreeGraph.Rails(1, 30, railGroup: FocusGroup.Rail with { Wrap = DirectionSet.Horizontal });
        g.Shift(g["rail0"], -20 * 220, 0);
        var result = new SpatialNavigator().Navigate(g, g["r0t29"], Direction.Right);
        Assert.Equal(new NavigationResult(g["r0t0"], NavigationReason.Wrapped, -1), result);
        g.ReportOrder = false;
        Assert.Equal(g["r0t0"], new SpatialNavigator().Navigate(g, g["r0t29"], Direction.Right).Target);
    }

    [Fact]
    public void Wrapping_group_with_a_single_tile_keeps_focus()
    {
        var g = TreeGraph.Rails(1, 1, railGroup: FocusGroup.Rail with { Wrap = DirectionSet.All });
        var result = new SpatialNavigator().Navigate(g, g["r0t0"], Direction.Right);
        Assert.Equal(NavigationReason.NoCandidate, result.Reason);
        Assert.False(result.HasTarget);
    }
}
