using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// Clamping rules of Yoga (yoga/algorithm/BoundAxis.h and CalculateLayout.cpp, MIT licence, Meta Platforms),
// after CSS Flexbox §9.7 step 4 "clamp by min and max" and css-sizing-3 §5.
internal static partial class LayoutAlgorithm
{
    public static float PaddingAndBorderForAxis(LayoutNode node, FlexDirection axis, Direction direction, float widthSize) =>
        node.Style.PaddingAndBorderForAxis(axis, direction, widthSize);

    /// <summary>Clamps a size to the node's min and max along an axis (no padding floor).</summary>
    public static float BoundAxisWithinMinAndMax(LayoutNode node, Direction direction, FlexDirection axis,
                                                 float value, float axisSize, float widthSize)
    {
        int dim = Dim(axis);
        float min = node.Style.ResolvedMinDimension(direction, dim, axisSize, widthSize);
        float max = node.Style.ResolvedMaxDimension(direction, dim, axisSize, widthSize);
        if (max >= 0f && value > max) return max;
        if (min >= 0f && value < min) return min;
        return value;
    }

    /// <summary>Clamps to min/max and never below padding plus border.</summary>
    public static float BoundAxis(LayoutNode node, FlexDirection axis, Direction direction,
                                  float value, float axisSize, float widthSize) =>
        FloatMath.MaxOrDefined(
            BoundAxisWithinMinAndMax(node, direction, axis, value, axisSize, widthSize),
            PaddingAndBorderForAxis(node, axis, direction, widthSize));

    /// <summary>Applies a max size to a child's constraint (constrainMaxSizeForMode).</summary>
    public static void ConstrainMaxSizeForMode(LayoutNode node, Direction direction, FlexDirection axis,
                                               float ownerAxisSize, float ownerWidth, ref SizingMode mode, ref float size)
    {
        float maxSize = node.Style.ResolvedMaxDimension(direction, Dim(axis), ownerAxisSize, ownerWidth)
                        + node.Style.MarginForAxis(axis, ownerWidth);
        switch (mode)
        {
            case SizingMode.StretchFit:
            case SizingMode.FitContent:
                size = (float.IsNaN(maxSize) || size < maxSize) ? size : maxSize;
                break;
            case SizingMode.MaxContent:
                if (!float.IsNaN(maxSize))
                {
                    mode = SizingMode.FitContent;
                    size = maxSize;
                }
                break;
        }
    }

    /// <summary>Available inner size along a dimension, clamped by min and max (STEP 2).</summary>
    public static float CalculateAvailableInnerDimension(LayoutNode node, Direction direction, int dim,
                                                         float availableDim, float paddingAndBorder,
                                                         float ownerDim, float ownerWidth)
    {
        float inner = availableDim - paddingAndBorder;
        if (!float.IsNaN(inner))
        {
            float min = node.Style.ResolvedMinDimension(direction, dim, ownerDim, ownerWidth);
            float minInner = float.IsNaN(min) ? 0f : min - paddingAndBorder;
            float max = node.Style.ResolvedMaxDimension(direction, dim, ownerDim, ownerWidth);
            float maxInner = float.IsNaN(max) ? float.MaxValue : max - paddingAndBorder;
            inner = FloatMath.MaxOrDefined(FloatMath.MinOrDefined(inner, maxInner), minInner);
        }
        return inner;
    }

    public static MeasureMode ToMeasureMode(SizingMode mode) => mode switch
    {
        SizingMode.StretchFit => MeasureMode.Exactly,
        SizingMode.FitContent => MeasureMode.AtMost,
        _ => MeasureMode.Undefined,
    };

    /// <summary>align-self, falling back to the parent's align-items; baseline in a column acts as flex-start.</summary>
    public static Align ResolveChildAlignment(LayoutNode node, LayoutNode child)
    {
        var align = child.Style.AlignSelf == Align.Auto ? node.Style.AlignItems : child.Style.AlignSelf;
        if (align == Align.Baseline && IsColumn(node.Style.FlexDirection)) return Align.FlexStart;
        return align;
    }

    /// <summary>Overflow fallback of distributed alignment (css-align-3 §4.3).</summary>
    public static Align FallbackAlignment(Align align) => align switch
    {
        Align.SpaceBetween or Align.Stretch or Align.SpaceAround or Align.SpaceEvenly => Align.FlexStart,
        _ => align,
    };

    public static Justify FallbackAlignment(Justify justify) => justify switch
    {
        Justify.SpaceBetween or Justify.SpaceAround or Justify.SpaceEvenly => Justify.FlexStart,
        _ => justify,
    };

    public static float PositionOfOppositeEdge(float position, FlexDirection axis, LayoutNode containingNode, LayoutNode node) =>
        containingNode.Layout.MeasuredDimensions[Dim(axis)] - node.Layout.MeasuredDimensions[Dim(axis)] - position;

    public static void SetChildTrailingPosition(LayoutNode node, LayoutNode child, FlexDirection axis) =>
        child.Layout.Position[(int)FlexEndEdge(axis)] =
            PositionOfOppositeEdge(child.Layout.Position[(int)FlexStartEdge(axis)], axis, node, child);
}
