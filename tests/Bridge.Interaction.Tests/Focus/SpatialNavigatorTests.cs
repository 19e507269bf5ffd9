using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Tests.Focus;

public sealed class SpatialNavigatorTests
{
    /// <summary>A 3×3 grid of 100-px tiles with 20-px gaps under one root.</summary>
    private static TreeGraph Grid()
    {
        var g = new TreeGraph();
        var root = g.Add(-1, new Rect(0, 0, 340, 340), name: "root");
        for (var row = 0; row < 3; row++)
        {
            for (var col = 0; col < 3; col++)
            {
                g.Add(root, new Rect(col * 120, row * 120, 100, 100), focusable: true, name: $"{row}{col}");
            }
        }
        return g;
    }

    [Theory]
    [InlineData(Direction.Up, "01")]
    [InlineData(Direction.Down, "21")]
    [InlineData(Direction.Left, "10")]
    [InlineData(Direction.Right, "12")]
    public void Grid_navigation_from_the_centre_picks_the_neighbour_in_each_direction(Direction direction, string expected)
    {
        var g = Grid();
        var result = new SpatialNavigator().Navigate(g, g["11"], direction);
        Assert.Equal(NavigationReason.Moved, result.Reason);
        Assert.Equal(g[expected], result.Target);
    }

    [Theory]
    [InlineData("00", Direction.Up)]
    [InlineData("00", Direction.Left)]
    [InlineData("22", Direction.Down)]
    [InlineData("22", Direction.Right)]
    public void Grid_edge_has_no_candidate_beyond_it(string from, Direction direction)
    {
        var g = Grid();
        var result = new SpatialNavigator().Navigate(g, g[from], direction);
        Assert.Equal(new NavigationResult(-1, NavigationReason.NoCandidate, -1), result);
    }

    [Fact]
    public void Adjacent_slice_beats_a_nearer_diagonal_candidate()
    {
        var g = new TreeGraph();
        var root = g.Add(-1, new Rect(0, 0, 1000, 400));
        var from = g.Add(root, new Rect(0, 0, 100, 100), focusable: true);
        var diagonal = g.Add(root, new Rect(120, 200, 100, 100), focusable: true); // nearer by centre distance
        var sameRow = g.Add(root, new Rect(400, 0, 100, 100), focusable: true);
        var result = new SpatialNavigator().Navigate(g, from, Direction.Right);
        Assert.Equal(sameRow, result.Target);
        Assert.NotEqual(diagonal, result.Target);
    }

    [Theory]
    [InlineData(DistanceMeasure.Corners, "P")]
    [InlineData(DistanceMeasure.Edges, "Q")]
    [InlineData(DistanceMeasure.Center, "Q")]
    public void Distance_measure_decides_between_a_top_aligned_and_an_enclosing_candidate(DistanceMeasure measure, string expected)
    {
        var g = new TreeGraph();
        var root = g.Add(-1, new Rect(0, 0, 1000, 400));
        var from = g.Add(root, new Rect(100, 100, 100, 100), focusable: true);
        g.Add(root, new Rect(250, 100, 50, 200), focusable: true, name: "P");
        g.Add(root, new Rect(245, 50, 50, 200), focusable: true, name: "Q");
        var result = new SpatialNavigator { Measure = measure }.Navigate(g, from, Direction.Right);
        Assert.Equal(g[expected], result.Target);
    }

    [Theory]
    [InlineData(DistanceMeasure.Corners, "R")]
    [InlineData(DistanceMeasure.Edges, "R")]
    [InlineData(DistanceMeasure.Center, "S")]
    public void Distance_measure_decides_between_a_near_tall_and_a_centred_small_candidate(DistanceMeasure measure, string expected)
    {
        var g = new TreeGraph();
        var root = g.Add(-1, new Rect(0, 0, 1000, 400));
        var from = g.Add(root, new Rect(100, 100, 100, 100), focusable: true);
        g.Add(root, new Rect(250, 100, 50, 200), focusable: true, name: "R");
        g.Add(root, new Rect(255, 140, 50, 20), focusable: true, name: "S");
        var result = new SpatialNavigator { Measure = measure }.Navigate(g, from, Direction.Right);
        Assert.Equal(g[expected], result.Target);
    }

    [Fact]
    public void Hidden_or_disabled_nodes_are_skipped()
    {
        var g = Grid();
        g.SetNavigable(g["12"], false);
        var result = new SpatialNavigator().Navigate(g, g["11"], Direction.Right);
        Assert.NotEqual(g["12"], result.Target);
        Assert.True(result.Target == g["02"] || result.Target == g["22"]);
    }

    [Fact]
    public void Focusables_inside_plain_wrappers_are_candidates_of_the_enclosing_scope()
    {
        var g = new TreeGraph();
        var root = g.Add(-1, new Rect(0, 0, 1000, 200));
        var a = g.Add(root, new Rect(0, 0, 100, 100), focusable: true);
        var wrapper = g.Add(root, new Rect(200, 0, 300, 100));
        var inner = g.Add(wrapper, new Rect(220, 0, 100, 100), focusable: true);
        Assert.Equal(inner, new SpatialNavigator().Navigate(g, a, Direction.Right).Target);
    }

    [Fact]
    public void Last_candidates_list_every_scored_node_with_the_chosen_one_lowest()
    {
        var g = Grid();
        var navigator = new SpatialNavigator();
        var result = navigator.Navigate(g, g["10"], Direction.Right);
        var candidates = navigator.LastCandidates.ToArray();
        Assert.Equal(6, candidates.Length);
        var best = candidates.MinBy(c => c.Score);
        Assert.Equal(result.Target, best.Node);
        Assert.Equal(g["11"], best.Node);
    }

    [Fact]
    public void Navigate_rejects_a_negative_node_and_an_unknown_direction()
    {
        var g = Grid();
        var navigator = new SpatialNavigator();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => navigator.Navigate(g, -1, Direction.Up));
        Assert.Contains("from", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => navigator.Navigate(g, 1, (Direction)9));
    }

    [Fact]
    public void Warm_navigation_allocates_nothing()
    {
        var g = TreeGraph.Rails(4, 50);
        var navigator = new SpatialNavigator();
        var from = g["r1t10"];
        for (var i = 0; i < 3; i++)
        {
            Navigate4(navigator, g, from);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Navigate4(navigator, g, from);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Navigate4(SpatialNavigator navigator, TreeGraph g, int from)
    {
        navigator.Navigate(g, from, Direction.Up);
        navigator.Navigate(g, from, Direction.Down);
        navigator.Navigate(g, from, Direction.Left);
        navigator.Navigate(g, from, Direction.Right);
    }
}
