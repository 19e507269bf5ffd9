namespace Bridge.Layout.Tests.Algorithm;

// Scenarios of Yoga's percent min/max tests (facebook/yoga issue #872, MIT licence, Meta Platforms).
public sealed class ErrataTests
{
    private static (LayoutNode Root, LayoutNode Grandchild) RowTree(LayoutConfig config, Action<LayoutStyle> grandchildStyle)
    {
        var root = new LayoutNode(config);
        root.Style.FlexDirection = FlexDirection.Row;
        root.Style.Width = Length.Points(40);
        root.Style.Height = Length.Points(20);
        var child = new LayoutNode(config);
        child.Style.FlexDirection = FlexDirection.Row;
        child.Style.Width = Length.Points(10);
        root.AddChild(child);
        var grandchild = new LayoutNode(config);
        grandchild.Style.FlexDirection = FlexDirection.Row;
        grandchildStyle(grandchild.Style);
        child.AddChild(grandchild);
        return (root, grandchild);
    }

    [Fact]
    public void Percent_min_width_of_a_flex_item_resolves_against_its_parent_unless_the_errata_asks_for_the_owner()
    {
        var config = new LayoutConfig();
        var (root, grandchild) = RowTree(config, s => s.MinWidth = Length.Percent(50));
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(5, grandchild.Width);

        config.Errata |= Errata.FlexItemPercentMinMaxAgainstOwner;
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(20, grandchild.Width);

        config.Errata = Errata.None;
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(5, grandchild.Width);
    }

    [Fact]
    public void Percent_max_width_is_reapplied_by_the_final_clamp_with_or_without_the_errata()
    {
        var config = new LayoutConfig();
        var (root, grandchild) = RowTree(config, s => { s.Width = Length.Points(20); s.MaxWidth = Length.Percent(50); });
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(5, grandchild.Width);
        config.Errata = Errata.FlexItemPercentMinMaxAgainstOwner;
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(5, grandchild.Width);
    }

    [Fact]
    public void Percent_min_height_of_a_flex_item_resolves_against_its_parent()
    {
        var config = new LayoutConfig();
        var root = new LayoutNode(config);
        root.Style.Width = Length.Points(20);
        root.Style.Height = Length.Points(40);
        var child = new LayoutNode(config);
        child.Style.Height = Length.Points(10);
        root.AddChild(child);
        var grandchild = new LayoutNode(config);
        grandchild.Style.MinHeight = Length.Percent(50);
        child.AddChild(grandchild);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(5, grandchild.Height);
        config.Errata = Errata.FlexItemPercentMinMaxAgainstOwner;
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(20, grandchild.Height);
    }

    [Fact]
    public void Absolute_child_without_insets_ignores_padding_under_the_errata()
    {
        var config = new LayoutConfig();
        var root = new LayoutNode(config);
        root.Style.Width = Length.Points(100);
        root.Style.Height = Length.Points(100);
        root.Style.SetPadding(Edge.All, Length.Points(10));
        var abs = new LayoutNode(config);
        abs.Style.PositionType = PositionType.Absolute;
        abs.Style.Width = Length.Points(10);
        abs.Style.Height = Length.Points(10);
        root.AddChild(abs);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(10, abs.Left);
        config.Errata = Errata.AbsolutePositionWithoutInsetsExcludesPadding;
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(0, abs.Left);
    }
}
