namespace Bridge.Layout;

// Rounding of layout results to the pixel grid. Port of Yoga's PixelGrid.cpp (MIT licence, Meta Platforms),
// with one change: rounded values go to the node's public box and the unrounded ones stay in the layout
// results, so an incremental relayout computes exactly what a full one would, and untouched subtrees at an
// unchanged absolute offset are skipped.
internal static class PixelGrid
{
    /// <summary>Rounds a value to the grid of 1/pointScaleFactor; ties round up.</summary>
    public static float RoundValue(double value, double pointScaleFactor, bool forceCeil, bool forceFloor)
    {
        double scaledValue = value * pointScaleFactor;
        // fractial is such that floor(scaledValue) = scaledValue - fractial.
        double fractial = Frac(scaledValue);
        if (fractial < 0) ++fractial;
        if (FloatMath.InexactEquals(fractial, 0)) scaledValue -= fractial;
        else if (FloatMath.InexactEquals(fractial, 1.0)) scaledValue = scaledValue - fractial + 1.0;
        else if (forceCeil) scaledValue = scaledValue - fractial + 1.0;
        else if (forceFloor) scaledValue -= fractial;
        else scaledValue = scaledValue - fractial + (!double.IsNaN(fractial) && (fractial > 0.5 || FloatMath.InexactEquals(fractial, 0.5)) ? 1.0 : 0.0);
        return double.IsNaN(scaledValue) || double.IsNaN(pointScaleFactor) ? float.NaN : (float)(scaledValue / pointScaleFactor);
    }

    /// <summary>fmod(x, 1.0) without the libm call: exact for finite x, NaN otherwise.</summary>
    private static double Frac(double x) => x - Math.Truncate(x);

    public static void RoundLayoutResults(LayoutNode node, double absoluteLeft, double absoluteTop, uint generation)
    {
        double nodeLeft = node.Layout.Position[(int)PhysicalEdge.Left];
        double nodeTop = node.Layout.Position[(int)PhysicalEdge.Top];
        double nodeWidth = node.Layout.Dimensions[0];
        double nodeHeight = node.Layout.Dimensions[1];
        double absoluteNodeLeft = absoluteLeft + nodeLeft;
        double absoluteNodeTop = absoluteTop + nodeTop;

        // Nothing in this subtree was written and it did not move: its rounded boxes are still right.
        if (node.TouchedGeneration != generation && absoluteNodeLeft.Equals(node.RoundedAbsLeft) && absoluteNodeTop.Equals(node.RoundedAbsTop))
            return;
        node.RoundedAbsLeft = absoluteNodeLeft;
        node.RoundedAbsTop = absoluteNodeTop;

        double absoluteNodeRight = absoluteNodeLeft + nodeWidth;
        double absoluteNodeBottom = absoluteNodeTop + nodeHeight;
        double scale = node.Config.PointScaleFactor;
        if (scale != 0)
        {
            // A measured node (text) is never rounded down, which could truncate it.
            bool textRounding = node.IsMeasured;
            node.Left = RoundValue(nodeLeft, scale, false, textRounding);
            node.Top = RoundValue(nodeTop, scale, false, textRounding);

            // A dimension close to a whole number of pixels has no fraction: check floor and ceil.
            bool hasFractionalWidth = false, hasFractionalHeight = false;
            if (textRounding)
            {
                double fw = Frac(nodeWidth * scale), fh = Frac(nodeHeight * scale);
                hasFractionalWidth = !FloatMath.InexactEquals(fw, 0) && !FloatMath.InexactEquals(fw, 1.0);
                hasFractionalHeight = !FloatMath.InexactEquals(fh, 0) && !FloatMath.InexactEquals(fh, 1.0);
            }

            node.Width = RoundValue(absoluteNodeRight, scale, textRounding && hasFractionalWidth, textRounding && !hasFractionalWidth)
                         - RoundValue(absoluteNodeLeft, scale, false, textRounding);
            node.Height = RoundValue(absoluteNodeBottom, scale, textRounding && hasFractionalHeight, textRounding && !hasFractionalHeight)
                          - RoundValue(absoluteNodeTop, scale, false, textRounding);
        }
        else
        {
            node.Left = (float)nodeLeft;
            node.Top = (float)nodeTop;
            node.Width = (float)nodeWidth;
            node.Height = (float)nodeHeight;
        }

        var children = node.Children;
        for (int i = 0; i < children.Count; i++)
            RoundLayoutResults(children[i], absoluteNodeLeft, absoluteNodeTop, generation);
    }
}
