using Bridge.Interaction.Debug;
using Bridge.Interaction.Focus;
using Bridge.Interaction.Tests.Focus;

namespace Bridge.Interaction.Tests.Debug;

public sealed class FocusDebugOverlayTests
{
    [Fact]
    public void Overlay_lists_focusables_candidates_origin_and_chosen_when_enabled()
    {
        var g = TreeGraph.Rails(2, 4);
        var navigator = new SpatialNavigator();
        var result = navigator.Navigate(g, g["r0t1"], Direction.Right);
        var overlay = new FocusDebugOverlay();
        Assert.True(overlay.Build(g, g["root"], navigator, g["r0t1"]).IsEmpty);

        overlay.Toggle();
        var boxes = overlay.Build(g, g["root"], navigator, g["r0t1"]).ToArray();
        Assert.Equal(8, boxes.Count(b => b.Kind == DebugBoxKind.Focusable));
        Assert.Equal(navigator.LastCandidates.Length, boxes.Count(b => b.Kind == DebugBoxKind.Candidate));
        var chosen = Assert.Single(boxes, b => b.Kind == DebugBoxKind.Chosen);
        Assert.Equal(result.Target, chosen.Node);
        Assert.Equal(g.Bounds(result.Target), chosen.Bounds);
        Assert.Equal(g["r0t1"], Assert.Single(boxes, b => b.Kind == DebugBoxKind.Origin).Node);
        Assert.Single(boxes, b => b.Kind == DebugBoxKind.Focused);
    }

    [Fact]
    public void Nodes_of_the_last_navigation_that_are_no_longer_navigable_get_no_box()
    {
        var g = TreeGraph.Rails(2, 4);
        var navigator = new SpatialNavigator();
        var result = navigator.Navigate(g, g["r0t1"], Direction.Right);
        var overlay = new FocusDebugOverlay { Enabled = true };
        g.SetNavigable(result.Target, false);
        g.SetNavigable(g["r0t1"], false);

        var boxes = overlay.Build(g, g["root"], navigator, -1).ToArray();

        Assert.DoesNotContain(boxes, b => b.Node == result.Target || b.Node == g["r0t1"]);
        Assert.DoesNotContain(boxes, b => b.Kind is DebugBoxKind.Chosen or DebugBoxKind.Origin);
    }

    [Fact]
    public void Cleared_navigator_leaves_only_focusable_boxes()
    {
        var g = TreeGraph.Rails(2, 4);
        var navigator = new SpatialNavigator();
        navigator.Navigate(g, g["r0t1"], Direction.Right);
        var overlay = new FocusDebugOverlay { Enabled = true };

        navigator.ClearLast();

        Assert.True(navigator.LastCandidates.IsEmpty);
        Assert.Equal(-1, navigator.LastFrom);
        Assert.All(overlay.Build(g, g["root"], navigator, -1).ToArray(), b => Assert.Equal(DebugBoxKind.Focusable, b.Kind));
    }

    [Fact]
    public void Labels_show_node_and_score_without_allocating()
    {
        var box = new DebugBox(default, DebugBoxKind.Candidate, 12, 4.25f);
        Span<char> buffer = stackalloc char[32];
        box.FormatLabel(buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var written = box.FormatLabel(buffer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal("#12 4.3", buffer[..written].ToString());
        var plain = new DebugBox(default, DebugBoxKind.Focusable, 7, float.NaN);
        Assert.Equal("#7", buffer[..plain.FormatLabel(buffer)].ToString());
    }
}
