using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// Baselines of flex containers: CSS Flexbox §8.5 "Flex Container Baselines".
// Port of Yoga's Baseline.cpp (MIT licence, Meta Platforms).
internal static partial class LayoutAlgorithm
{
    /// <summary>Distance from the node's top to its first baseline.</summary>
    public static float CalculateBaseline(LayoutNode node)
    {
        if (node.Baseline != null)
        {
            float b = node.Baseline(node, node.Layout.MeasuredDimensions[Width], node.Layout.MeasuredDimensions[Height]);
            if (float.IsNaN(b)) throw new InvalidOperationException("A baseline function returned NaN; it must return a number.");
            return b;
        }

        LayoutNode? baselineChild = null;
        var children = node.LayoutChildren;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.LineIndex > 0) break;
            if (child.Style.PositionType == PositionType.Absolute) continue;
            if (ResolveChildAlignment(node, child) == Align.Baseline || child.IsReferenceBaseline)
            {
                baselineChild = child;
                break;
            }
            baselineChild ??= child;
        }

        if (baselineChild == null) return node.Layout.MeasuredDimensions[Height];
        return CalculateBaseline(baselineChild) + baselineChild.Layout.Position[(int)PhysicalEdge.Top];
    }

    /// <summary>Whether a row container aligns any of its in-flow children by baseline.</summary>
    public static bool IsBaselineLayout(LayoutNode node)
    {
        if (IsColumn(node.Style.FlexDirection)) return false;
        if (node.Style.AlignItems == Align.Baseline) return true;
        var children = node.LayoutChildren;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Style.PositionType != PositionType.Absolute && child.Style.AlignSelf == Align.Baseline) return true;
        }
        return false;
    }
}
