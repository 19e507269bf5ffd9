namespace Bridge.Layout.Tests.Node;

public sealed class MeasureCallbackTests
{
    /// <summary>Fixed-width text: each character is 10 wide, lines are 20 high, words never break.</summary>
    private static MeasureFunc FixedWidthText(int chars, List<(float W, MeasureMode WM, float H, MeasureMode HM)>? calls = null) =>
        (node, width, widthMode, height, heightMode) =>
        {
            calls?.Add((width, widthMode, height, heightMode));
            float natural = chars * 10f;
            float w = widthMode == MeasureMode.Undefined ? natural
                : widthMode == MeasureMode.Exactly ? width
                : MathF.Min(natural, MathF.Max(10f, MathF.Floor(width / 10f) * 10f));
            int perLine = Math.Max(1, (int)(w / 10f));
            float h = 20f * ((chars + perLine - 1) / perLine);
            if (heightMode == MeasureMode.Exactly) h = height;
            else if (heightMode == MeasureMode.AtMost) h = MathF.Min(h, height);
            return (w, h);
        };

    [Fact]
    public void Text_leaf_takes_its_measured_size_in_an_unbounded_root()
    {
        var root = new LayoutNode();
        var text = new LayoutNode { Measure = FixedWidthText(7) };
        root.AddChild(text);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(70, text.Width);
        Assert.Equal(20, text.Height);
        Assert.Equal(70, root.Width);
    }

    [Fact]
    public void Text_wraps_to_the_width_offered_at_most_and_padding_is_excluded_from_the_measure()
    {
        var calls = new List<(float W, MeasureMode WM, float H, MeasureMode HM)>();
        var root = new LayoutNode();
        root.Style.Width = Length.Points(55);
        root.Style.AlignItems = Align.FlexStart;
        var text = new LayoutNode { Measure = FixedWidthText(12, calls) };
        text.Style.SetPadding(Edge.Horizontal, Length.Points(2));
        root.AddChild(text);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);

        Assert.Contains(calls, c => c.WM == MeasureMode.AtMost && c.W == 51);
        Assert.Equal(54, text.Width);   // 50 of text + 4 of padding
        Assert.Equal(60, text.Height);  // 12 chars, 5 per line: 3 lines
    }

    [Fact]
    public void Stretched_text_is_measured_exactly_at_the_container_width()
    {
        var calls = new List<(float W, MeasureMode WM, float H, MeasureMode HM)>();
        var root = new LayoutNode();
        root.Style.Width = Length.Points(100);
        var text = new LayoutNode { Measure = FixedWidthText(3, calls) };
        root.AddChild(text);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(100, text.Width);
        Assert.Equal(20, text.Height);
        Assert.All(calls, c => Assert.NotEqual(MeasureMode.Undefined, c.WM));
    }

    [Fact]
    public void Measurements_are_cached_until_the_text_node_is_marked_dirty()
    {
        var calls = new List<(float W, MeasureMode WM, float H, MeasureMode HM)>();
        var root = new LayoutNode();
        root.Style.FlexDirection = FlexDirection.Row;
        var text = new LayoutNode { Measure = FixedWidthText(5, calls) };
        root.AddChild(text);
        LayoutCalculator.Calculate(root, 300, 300);
        int first = calls.Count;
        Assert.True(first > 0);

        LayoutCalculator.Calculate(root, 300, 300);
        Assert.Equal(first, calls.Count);
        Assert.Equal(0, LayoutCalculator.LastStats.MeasureCallbacks);

        text.MarkDirty();
        Assert.True(root.IsDirty);
        LayoutCalculator.Calculate(root, 300, 300);
        Assert.True(calls.Count > first);
        Assert.True(LayoutCalculator.LastStats.MeasureCallbacks > 0);
    }

    [Fact]
    public void Measured_nodes_are_leaves()
    {
        var text = new LayoutNode { Measure = FixedWidthText(3) };
        var ex = Assert.Throws<InvalidOperationException>(() => text.AddChild(new LayoutNode()));
        Assert.Contains("measure function", ex.Message);

        var parent = new LayoutNode();
        parent.AddChild(new LayoutNode());
        Assert.Throws<InvalidOperationException>(() => parent.Measure = FixedWidthText(3));
    }

    [Fact]
    public void Negative_or_nan_measurements_are_treated_as_zero()
    {
        var root = new LayoutNode();
        root.Style.AlignItems = Align.FlexStart;
        var text = new LayoutNode { Measure = (_, _, _, _, _) => (float.NaN, -5f) };
        root.AddChild(text);
        LayoutCalculator.Calculate(root, 100, 100);
        Assert.Equal(0, text.Width);
        Assert.Equal(0, text.Height);
    }

    [Fact]
    public void Baseline_callback_aligns_row_children()
    {
        var root = new LayoutNode();
        root.Style.FlexDirection = FlexDirection.Row;
        root.Style.AlignItems = Align.Baseline;
        var a = new LayoutNode { Baseline = (_, _, h) => h };
        a.Style.Width = Length.Points(10);
        a.Style.Height = Length.Points(40);
        var b = new LayoutNode { Baseline = (_, _, _) => 5 };
        b.Style.Width = Length.Points(10);
        b.Style.Height = Length.Points(10);
        root.AddChild(a);
        root.AddChild(b);
        LayoutCalculator.Calculate(root, float.NaN, float.NaN);
        Assert.Equal(35, b.Top);
        Assert.Equal(45, root.Height);
    }
}
