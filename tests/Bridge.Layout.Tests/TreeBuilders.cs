namespace Bridge.Layout.Tests;

/// <summary>Trees shared by the tests.</summary>
internal static class TreeBuilders
{
    /// <summary>Root row of 10 fixed-size groups, each a column of 10 rows, each row holding 9 growing leaves (1,011 nodes).</summary>
    public static LayoutNode ThousandNodeTree(out List<LayoutNode> groups)
    {
        var root = new LayoutNode();
        root.Style.FlexDirection = FlexDirection.Row;
        root.Style.FlexWrap = Wrap.Wrap;
        root.Style.Width = Length.Points(1000);
        groups = [];
        for (int g = 0; g < 10; g++)
        {
            var group = new LayoutNode();
            group.Style.Width = Length.Points(100);
            group.Style.Height = Length.Points(300);
            group.Style.SetPadding(Edge.All, Length.Points(2));
            root.AddChild(group);
            groups.Add(group);
            for (int r = 0; r < 10; r++)
            {
                var row = new LayoutNode();
                row.Style.FlexDirection = FlexDirection.Row;
                row.Style.FlexGrow = 1;
                group.AddChild(row);
                for (int l = 0; l < 9; l++)
                {
                    var leaf = new LayoutNode();
                    leaf.Style.FlexGrow = 1;
                    leaf.Style.Width = Length.Points(5 + l);
                    leaf.Style.SetMargin(Edge.Horizontal, Length.Points(1));
                    row.AddChild(leaf);
                }
            }
        }
        return root;
    }

    /// <summary>Yoga's "huge nested layout" benchmark tree: fan-out 10 over four levels, 11,111 nodes.</summary>
    public static LayoutNode HugeNestedTree()
    {
        var root = new LayoutNode();
        Fill(root, 0);
        return root;

        static void Fill(LayoutNode node, int level)
        {
            node.Style.FlexGrow = 1;
            node.Style.Width = Length.Points(10);
            node.Style.Height = Length.Points(10);
            node.Style.FlexDirection = level % 2 == 0 ? FlexDirection.Row : FlexDirection.Column;
            if (level == 4) return;
            for (int i = 0; i < 10; i++)
            {
                var child = new LayoutNode();
                node.AddChild(child);
                Fill(child, level + 1);
            }
        }
    }

    public static IEnumerable<LayoutNode> Descendants(LayoutNode node)
    {
        yield return node;
        for (int i = 0; i < node.ChildCount; i++)
            foreach (var d in Descendants(node.GetChild(i))) yield return d;
    }

    /// <summary>Asserts two trees have the same rounded boxes, naming the first differing node.</summary>
    public static void AssertSameBoxes(LayoutNode expected, LayoutNode actual, string path = "root")
    {
        Assert.True(expected.Left == actual.Left && expected.Top == actual.Top && expected.Width == actual.Width && expected.Height == actual.Height,
            $"{path}: expected ({expected.Left},{expected.Top},{expected.Width},{expected.Height}) got ({actual.Left},{actual.Top},{actual.Width},{actual.Height})");
        Assert.Equal(expected.ChildCount, actual.ChildCount);
        for (int i = 0; i < expected.ChildCount; i++) AssertSameBoxes(expected.GetChild(i), actual.GetChild(i), $"{path}/{i}");
    }
}
