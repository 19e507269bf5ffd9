using Bridge.Interaction.Focus;
using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Tests.Focus;

public sealed class OrderedSearchTests
{
    private const int OrderedScopeRails = 8;

    /// <summary>
    /// Rails of random tile widths, heights and gaps, some rails offset, some plain (not groups), some tiles hidden;
    /// enough rails that the page itself is searched as an ordered (vertical) scope too.
    /// </summary>
    private static TreeGraph RandomPage(Random random, out List<int> tiles)
    {
        tiles = [];
        var g = new TreeGraph();
        var rails = random.Next(OrderedScopeRails, 16);
        var root = g.Add(-1, new Rect(0, 0, 100_000, 100_000), order: ChildOrder.Vertical);
        var y = 0f;
        for (var r = 0; r < rails; r++)
        {
            var height = random.Next(60, 200);
            var x = (float)random.Next(0, 300);
            var count = random.Next(8, 60);
            var group = random.Next(3) == 0 ? FocusGroup.None : new FocusGroup(FocusGroupFlags.Group, -1, DirectionSet.None);
            var rail = g.Add(root, new Rect(x, y, 0, height), group: group, order: ChildOrder.Horizontal);
            for (var t = 0; t < count; t++)
            {
                var w = random.Next(40, 300);
                var h = random.Next(height / 2, height + 1);
                var tile = g.Add(rail, new Rect(x, y + random.Next(0, height - h + 1), w, h), focusable: true);
                if (random.Next(10) == 0)
                {
                    g.SetNavigable(tile, false);
                }
                tiles.Add(tile);
                x += w + random.Next(0, 40);
            }
            y += height + random.Next(0, 80);
        }
        return g;
    }

    [Fact]
    public void Pruned_search_over_ordered_rails_picks_what_a_full_scan_picks()
    {
        var directions = new[] { Direction.Up, Direction.Down, Direction.Left, Direction.Right };
        var checkedMoves = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var g = RandomPage(random, out var tiles);
            foreach (var measure in Enum.GetValues<DistanceMeasure>())
            {
                var navigator = new SpatialNavigator { Measure = measure };
                for (var k = 0; k < 30; k++)
                {
                    var from = tiles[random.Next(tiles.Count)];
                    var direction = directions[random.Next(4)];
                    g.ReportOrder = true;
                    var pruned = navigator.Navigate(g, from, direction);
                    var prunedCandidates = navigator.LastCandidates.Length;
                    g.ReportOrder = false;
                    var full = navigator.Navigate(g, from, direction);
                    Assert.True(full == pruned,
                        $"seed {seed} {measure}: from {from} {direction}: full scan {full}, pruned {pruned}");
                    Assert.True(prunedCandidates <= navigator.LastCandidates.Length);
                    checkedMoves++;
                }
            }
        }
        Assert.Equal(40 * 3 * 30, checkedMoves);
    }

    [Fact]
    public void Moving_along_a_long_rail_scores_only_a_few_tiles()
    {
        var g = TreeGraph.Rails(1, 1000);
        var navigator = new SpatialNavigator();
        var result = navigator.Navigate(g, g["r0t500"], Direction.Right);
        Assert.Equal(g["r0t501"], result.Target);
        Assert.InRange(navigator.LastCandidates.Length, 1, 4);
    }
}
