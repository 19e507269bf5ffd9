namespace Bridge.Layout;

/// <summary>Entry point of the layout: lays out a tree, visiting only what can have changed since the last call.</summary>
public static class LayoutCalculator
{
    private static int s_generation;
    [ThreadStatic] private static LayoutPass? t_pass;
    [ThreadStatic] private static LayoutStats t_lastStats;

    /// <summary>Counters of the last <see cref="Calculate"/> on this thread (e.g. how many nodes were laid out).</summary>
    public static LayoutStats LastStats => t_lastStats;

    /// <summary>Lays out the tree of <paramref name="root"/> in the given available size (NaN = unbounded) and rounds it to the pixel grid.</summary>
    public static void Calculate(LayoutNode root, float availableWidth, float availableHeight, Direction ownerDirection = Direction.Ltr)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pass = t_pass ??= new LayoutPass();
        uint generation = (uint)Interlocked.Increment(ref s_generation);
        pass.Reset(generation);

        float ownerWidth = availableWidth;
        float ownerHeight = availableHeight;
        root.ProcessDimensions();
        var direction = root.ResolveDirection(ownerDirection);
        var style = root.Style;

        float width;
        SizingMode widthMode;
        float maxWidth = style.ResolvedMaxDimension(direction, FlexAxis.Width, ownerWidth, ownerWidth);
        if (root.HasDefiniteLength(FlexAxis.Width, ownerWidth))
        {
            width = root.GetResolvedDimension(direction, FlexAxis.Width, ownerWidth, ownerWidth)
                    + style.MarginForAxis(FlexDirection.Row, ownerWidth);
            widthMode = SizingMode.StretchFit;
        }
        else if (!float.IsNaN(maxWidth))
        {
            width = maxWidth;
            widthMode = SizingMode.FitContent;
        }
        else
        {
            width = ownerWidth;
            widthMode = float.IsNaN(width) ? SizingMode.MaxContent : SizingMode.StretchFit;
        }

        float height;
        SizingMode heightMode;
        float maxHeight = style.ResolvedMaxDimension(direction, FlexAxis.Height, ownerHeight, ownerWidth);
        if (root.HasDefiniteLength(FlexAxis.Height, ownerHeight))
        {
            height = root.GetResolvedDimension(direction, FlexAxis.Height, ownerHeight, ownerWidth)
                     + style.MarginForAxis(FlexDirection.Column, ownerWidth);
            heightMode = SizingMode.StretchFit;
        }
        else if (!float.IsNaN(maxHeight))
        {
            height = maxHeight;
            heightMode = SizingMode.FitContent;
        }
        else
        {
            height = ownerHeight;
            heightMode = float.IsNaN(height) ? SizingMode.MaxContent : SizingMode.StretchFit;
        }

        if (LayoutAlgorithm.CalculateLayoutInternal(root, width, height, ownerDirection, widthMode, heightMode,
                                                    ownerWidth, ownerHeight, true, pass, 0))
        {
            root.SetInitialPosition(root.Layout.Direction, ownerWidth, ownerHeight);
        }
        PixelGrid.RoundLayoutResults(root, 0.0, 0.0, generation);
        t_lastStats = pass.ToStats();
    }
}
