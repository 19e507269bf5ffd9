namespace Bridge.Layout.Tests.Node;

public sealed class LayoutNodeTests
{
    [Fact]
    public void Insert_and_remove_keep_parent_links_and_dirty_the_parent()
    {
        var root = new LayoutNode();
        var a = new LayoutNode();
        var b = new LayoutNode();
        root.AddChild(a);
        root.InsertChild(b, 0);
        Assert.Same(b, root.GetChild(0));
        Assert.Same(root, a.Parent);
        LayoutCalculator.Calculate(root, 100, 100);
        Assert.False(root.IsDirty);

        root.RemoveChild(b);
        Assert.Null(b.Parent);
        Assert.Equal(1, root.ChildCount);
        Assert.True(root.IsDirty);
    }

    [Fact]
    public void Bad_tree_edits_throw_clear_errors()
    {
        var root = new LayoutNode();
        var child = new LayoutNode();
        root.AddChild(child);
        Assert.Throws<InvalidOperationException>(() => new LayoutNode().AddChild(child));
        Assert.Throws<InvalidOperationException>(() => child.AddChild(root));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => root.GetChild(3));
        Assert.Contains("[0, 1)", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => root.InsertChild(new LayoutNode(), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LayoutConfig().PointScaleFactor = -1);
    }

    [Fact]
    public void Resolved_edges_follow_direction()
    {
        var root = new LayoutNode();
        root.Style.Width = Length.Points(100);
        root.Style.Height = Length.Points(100);
        var child = new LayoutNode();
        child.Style.SetMargin(Edge.Start, Length.Points(7));
        child.Style.SetPadding(Edge.End, Length.Points(3));
        child.Style.SetBorder(Edge.All, Length.Points(1));
        root.AddChild(child);

        LayoutCalculator.Calculate(root, float.NaN, float.NaN, Direction.Ltr);
        Assert.Equal(7, child.GetMargin(Edge.Left));
        Assert.Equal(7, child.GetMargin(Edge.Start));
        Assert.Equal(3, child.GetPadding(Edge.Right));
        Assert.Equal(1, child.GetBorder(Edge.Top));
        Assert.Equal(7, child.Left);

        LayoutCalculator.Calculate(root, float.NaN, float.NaN, Direction.Rtl);
        Assert.Equal(7, child.GetMargin(Edge.Right));
        Assert.Equal(7, child.GetMargin(Edge.Start));
        Assert.Equal(3, child.GetPadding(Edge.Left));
        Assert.Equal(0, child.Left);
        Assert.Equal(93, child.Width);
        Assert.Throws<ArgumentOutOfRangeException>(() => child.GetMargin(Edge.All));
    }

    [Fact]
    public void Boxes_round_to_the_point_scale_grid()
    {
        var config = new LayoutConfig { PointScaleFactor = 2 };
        var root = new LayoutNode(config);
        root.Style.FlexDirection = FlexDirection.Row;
        root.Style.Width = Length.Points(100);
        root.Style.Height = Length.Points(10);
        var children = new List<LayoutNode>();
        for (int i = 0; i < 3; i++)
        {
            var c = new LayoutNode(config);
            c.Style.FlexGrow = 1;
            root.AddChild(c);
            children.Add(c);
        }
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(100, children.Sum(c => c.Width));
        Assert.All(children, c => Assert.Equal(0, c.Width * 2 % 1));
        Assert.Equal(33.5f, children[0].Width);
    }

    [Fact]
    public void Has_new_layout_is_set_on_laid_out_nodes_and_left_to_the_reader_to_clear()
    {
        var root = TreeBuilders.ThousandNodeTree(out var groups);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        foreach (var n in TreeBuilders.Descendants(root)) n.HasNewLayout = false;

        groups[1].Style.Height = Length.Points(250);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.True(root.HasNewLayout);
        Assert.True(groups[1].HasNewLayout);
        Assert.False(groups[5].GetChild(0).GetChild(0).HasNewLayout);
    }

    [Fact]
    public void Display_none_and_contents_toggle_like_a_fresh_tree()
    {
        static LayoutNode Build(out LayoutNode wrapper)
        {
            var root = new LayoutNode();
            root.Style.FlexDirection = FlexDirection.Row;
            root.Style.Width = Length.Points(300);
            wrapper = new LayoutNode();
            wrapper.Style.Width = Length.Points(50);
            root.AddChild(wrapper);
            for (int i = 0; i < 3; i++)
            {
                var leaf = new LayoutNode();
                leaf.Style.Width = Length.Points(20 + i);
                leaf.Style.Height = Length.Points(10);
                wrapper.AddChild(leaf);
            }
            var tail = new LayoutNode();
            tail.Style.FlexGrow = 1;
            root.AddChild(tail);
            return root;
        }

        var live = Build(out var liveWrapper);
        LayoutCalculator.Calculate(live, float.NaN, float.NaN);
        liveWrapper.Style.Display = Display.Contents;
        LayoutCalculator.Calculate(live, float.NaN, float.NaN);
        var fresh = Build(out var freshWrapper);
        freshWrapper.Style.Display = Display.Contents;
        LayoutCalculator.Calculate(fresh, float.NaN, float.NaN);
        TreeBuilders.AssertSameBoxes(fresh, live);
        Assert.Equal(21, liveWrapper.GetChild(1).Width);
        Assert.Equal(20, liveWrapper.GetChild(1).Left);

        liveWrapper.Style.Display = Display.None;
        LayoutCalculator.Calculate(live, float.NaN, float.NaN);
        Assert.Equal(0, liveWrapper.Width);
        Assert.Equal(300, live.GetChild(1).Width);

        liveWrapper.Style.Display = Display.Flex;
        LayoutCalculator.Calculate(live, float.NaN, float.NaN);
        var flexFresh = Build(out _);
        LayoutCalculator.Calculate(flexFresh, float.NaN, float.NaN);
        TreeBuilders.AssertSameBoxes(flexFresh, live);
    }
}
