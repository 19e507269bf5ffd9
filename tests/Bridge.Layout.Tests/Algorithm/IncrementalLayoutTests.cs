namespace Bridge.Layout.Tests.Algorithm;

public sealed class IncrementalLayoutTests
{
    [Fact]
    public void Changing_one_leaf_in_a_1000_node_tree_recomputes_only_its_path_and_row()
    {
        var root = TreeBuilders.ThousandNodeTree(out var groups);
        Assert.Equal(1011, TreeBuilders.Descendants(root).Count());
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        var fullStats = LayoutCalculator.LastStats;
        Assert.True(fullStats.Layouts >= 1011, $"first layout visited {fullStats.Layouts} nodes");

        var changedGroup = groups[3];
        var changedRow = changedGroup.GetChild(4);
        var leaf = changedRow.GetChild(2);
        var before = TreeBuilders.Descendants(root).ToDictionary(n => n, n => n.ComputeCount);

        leaf.Style.Width = Length.Points(30);
        Assert.True(leaf.IsDirty && changedRow.IsDirty && changedGroup.IsDirty && root.IsDirty);
        Assert.False(groups[2].IsDirty);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);

        var stats = LayoutCalculator.LastStats;
        // The root, the group, the changed row and its 9 leaves: everything else comes from the cache.
        Assert.InRange(stats.Layouts + stats.Measures, 1, 40);
        var pathAndRow = new HashSet<LayoutNode> { root, changedGroup, changedRow };
        for (int i = 0; i < changedRow.ChildCount; i++) pathAndRow.Add(changedRow.GetChild(i));
        for (int r = 0; r < changedGroup.ChildCount; r++) pathAndRow.Add(changedGroup.GetChild(r)); // sibling rows may be re-measured
        foreach (var n in TreeBuilders.Descendants(root))
        {
            if (pathAndRow.Contains(n)) continue;
            Assert.True(before[n] == n.ComputeCount, "a node outside the changed path was recomputed");
        }
        foreach (var g in groups.Where(g => g != changedGroup))
            foreach (var n in TreeBuilders.Descendants(g)) Assert.Equal(before[n], n.ComputeCount);

        // The incremental result equals a layout from scratch of the same styles.
        var fresh = TreeBuilders.ThousandNodeTree(out var freshGroups);
        freshGroups[3].GetChild(4).GetChild(2).Style.Width = Length.Points(30);
        LayoutCalculator.Calculate(fresh, float.NaN, float.NaN);
        TreeBuilders.AssertSameBoxes(fresh, root);
    }

    [Fact]
    public void Relayout_without_changes_visits_no_node()
    {
        var root = TreeBuilders.ThousandNodeTree(out _);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        var stats = LayoutCalculator.LastStats;
        Assert.Equal(0, stats.Layouts + stats.Measures);
        Assert.Equal(1, stats.CachedLayouts);
    }

    [Fact]
    public void Relayout_after_one_leaf_change_allocates_nothing()
    {
        var root = TreeBuilders.HugeNestedTree();
        var leaf = root.GetChild(3).GetChild(5).GetChild(7).GetChild(1);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        // Warm up both values so every code path has run once.
        for (int i = 0; i < 3; i++)
        {
            leaf.Style.Width = Length.Points(20);
            LayoutCalculator.Calculate(root, float.NaN, float.NaN);
            leaf.Style.Width = Length.Points(10);
            LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        leaf.Style.Width = Length.Points(20);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        leaf.Style.Width = Length.Points(10);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(LayoutCalculator.LastStats.Layouts > 0);
    }

    [Fact]
    public void Setting_an_equal_style_value_dirties_nothing()
    {
        var root = TreeBuilders.ThousandNodeTree(out var groups);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        var leaf = groups[0].GetChild(0).GetChild(0);
        leaf.Style.Width = leaf.Style.Width;
        leaf.Style.FlexGrow = 1;
        leaf.Style.FlexShrink = float.NaN;
        leaf.Style.SetMargin(Edge.Horizontal, Length.Points(1));
        leaf.Style.FlexDirection = FlexDirection.Column;
        Assert.False(leaf.IsDirty);
        Assert.False(root.IsDirty);

        leaf.Style.FlexShrink = 1;
        Assert.True(leaf.IsDirty);
        Assert.True(root.IsDirty);
    }

    [Fact]
    public void Random_style_changes_give_the_same_layout_as_a_fresh_tree()
    {
        for (int seed = 1; seed <= 120; seed++)
        {
            var rng = new Random(seed);
            var mutations = new List<(int Node, int Kind, float Value)>();
            for (int m = 0; m < 6; m++) mutations.Add((rng.Next(200), rng.Next(11), rng.Next(0, 60)));

            var incremental = RandomTree(seed, out var incNodes);
            LayoutCalculator.Calculate(incremental, 400, float.NaN);
            foreach (var m in mutations)
            {
                Mutate(incNodes[m.Node % incNodes.Count], m.Kind, m.Value);
                LayoutCalculator.Calculate(incremental, 400, float.NaN);
            }

            var fresh = RandomTree(seed, out var freshNodes);
            foreach (var m in mutations) Mutate(freshNodes[m.Node % freshNodes.Count], m.Kind, m.Value);
            LayoutCalculator.Calculate(fresh, 400, float.NaN);
            TreeBuilders.AssertSameBoxes(fresh, incremental, $"seed {seed}");
        }
    }

    private static void Mutate(LayoutNode n, int kind, float v)
    {
        switch (kind)
        {
            case 0: n.Style.Width = Length.Points(v); break;
            case 1: n.Style.Height = v < 10 ? Length.Auto : Length.Points(v); break;
            case 2: n.Style.FlexGrow = v % 3; break;
            case 3: n.Style.FlexDirection = v < 30 ? FlexDirection.Row : FlexDirection.Column; break;
            case 4: n.Style.Display = v < 8 ? Display.None : Display.Flex; break;
            case 5: n.Style.SetMargin(Edge.Start, Length.Points(v / 4)); break;
            case 6: n.Style.JustifyContent = (Justify)((int)v % 6); break;
            case 8: n.Style.PositionType = (PositionType)((int)v % 3); break;
            case 9: n.Style.SetPosition(v < 30 ? Edge.Left : Edge.Bottom, Length.Points(v / 3)); break;
            case 10: n.Style.FlexWrap = v < 30 ? Wrap.Wrap : Wrap.WrapReverse; break;
            // Baseline is left out: like Yoga, a measure pass reads baselines from the children's previous
            // positions, so a baseline layout can depend on history.
            default: n.Style.AlignItems = (Align)(1 + (int)v % 4); break;
        }
    }

    private static LayoutNode RandomTree(int seed, out List<LayoutNode> nodes)
    {
        var rng = new Random(seed * 7919);
        var all = new List<LayoutNode>();
        var root = new LayoutNode();
        root.Style.FlexDirection = FlexDirection.Row;
        root.Style.FlexWrap = Wrap.Wrap;
        all.Add(root);
        var open = new List<LayoutNode> { root };
        while (all.Count < 60)
        {
            var parent = open[rng.Next(open.Count)];
            var child = new LayoutNode();
            if (rng.Next(2) == 0) child.Style.Width = Length.Points(rng.Next(5, 80));
            if (rng.Next(2) == 0) child.Style.Height = Length.Points(rng.Next(5, 80));
            if (rng.Next(3) == 0) child.Style.FlexGrow = rng.Next(1, 3);
            if (rng.Next(3) == 0) child.Style.FlexShrink = 1;
            if (rng.Next(4) == 0) child.Style.SetPadding(Edge.All, Length.Points(rng.Next(0, 6)));
            if (rng.Next(5) == 0) child.Style.PositionType = PositionType.Absolute;
            else if (rng.Next(6) == 0) child.Style.PositionType = PositionType.Static;
            if (rng.Next(6) == 0) child.Style.SetPosition(Edge.Top, Length.Points(rng.Next(0, 20)));
            if (rng.Next(4) == 0) child.Style.FlexDirection = FlexDirection.Row;
            parent.AddChild(child);
            all.Add(child);
            open.Add(child);
        }
        nodes = all;
        return root;
    }
}
