using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// Sizing of nodes that need no flex algorithm: measured leaves (text), empty containers and fixed-size
// containers during a measure pass. Port of Yoga's measureNodeWith* (yoga/algorithm/CalculateLayout.cpp,
// MIT licence, Meta Platforms); CSS Sizing 3 §4 (intrinsic sizes of replaced-like content).
internal static partial class LayoutAlgorithm
{
    private static void MeasureNodeWithMeasureFunc(LayoutNode node, Direction direction, float availableWidth,
                                                   float availableHeight, SizingMode widthMode, SizingMode heightMode,
                                                   float ownerWidth, float ownerHeight, LayoutPass pass)
    {
        if (widthMode == SizingMode.MaxContent) availableWidth = float.NaN;
        if (heightMode == SizingMode.MaxContent) availableHeight = float.NaN;

        ref var layout = ref node.Layout;
        float paddingAndBorderRow = layout.Padding[0] + layout.Padding[2] + layout.Border[0] + layout.Border[2];
        float paddingAndBorderColumn = layout.Padding[1] + layout.Padding[3] + layout.Border[1] + layout.Border[3];

        // Never call measure with a negative size.
        float innerWidth = float.IsNaN(availableWidth) ? availableWidth : FloatMath.MaxOrDefined(0f, availableWidth - paddingAndBorderRow);
        float innerHeight = float.IsNaN(availableHeight) ? availableHeight : FloatMath.MaxOrDefined(0f, availableHeight - paddingAndBorderColumn);

        if (widthMode == SizingMode.StretchFit && heightMode == SizingMode.StretchFit)
        {
            // Both dimensions are already known: no need to measure the content.
            layout.MeasuredDimensions[Width] = BoundAxis(node, FlexDirection.Row, direction, availableWidth, ownerWidth, ownerWidth);
            layout.MeasuredDimensions[Height] = BoundAxis(node, FlexDirection.Column, direction, availableHeight, ownerHeight, ownerWidth);
            return;
        }

        var (mw, mh) = node.InvokeMeasure(innerWidth, ToMeasureMode(widthMode), innerHeight, ToMeasureMode(heightMode));
        pass.MeasureCallbacks++;

        layout.MeasuredDimensions[Width] = BoundAxis(node, FlexDirection.Row, direction,
            widthMode is SizingMode.MaxContent or SizingMode.FitContent ? mw + paddingAndBorderRow : availableWidth,
            ownerWidth, ownerWidth);
        layout.MeasuredDimensions[Height] = BoundAxis(node, FlexDirection.Column, direction,
            heightMode is SizingMode.MaxContent or SizingMode.FitContent ? mh + paddingAndBorderColumn : availableHeight,
            ownerHeight, ownerWidth);
    }

    /// <summary>A node without children is as large as the available size, or its padding and border.</summary>
    private static void MeasureNodeWithoutChildren(LayoutNode node, Direction direction, float availableWidth,
                                                   float availableHeight, SizingMode widthMode, SizingMode heightMode,
                                                   float ownerWidth, float ownerHeight)
    {
        ref var layout = ref node.Layout;
        float width = availableWidth;
        if (widthMode is SizingMode.MaxContent or SizingMode.FitContent)
            width = layout.Padding[0] + layout.Padding[2] + layout.Border[0] + layout.Border[2];
        layout.MeasuredDimensions[Width] = BoundAxis(node, FlexDirection.Row, direction, width, ownerWidth, ownerWidth);

        float height = availableHeight;
        if (heightMode is SizingMode.MaxContent or SizingMode.FitContent)
            height = layout.Padding[1] + layout.Padding[3] + layout.Border[1] + layout.Border[3];
        layout.MeasuredDimensions[Height] = BoundAxis(node, FlexDirection.Column, direction, height, ownerHeight, ownerWidth);
    }

    private static bool IsFixedSize(float dim, SizingMode mode) =>
        mode == SizingMode.StretchFit || (!float.IsNaN(dim) && mode == SizingMode.FitContent && dim <= 0f);

    private static bool MeasureNodeWithFixedSize(LayoutNode node, Direction direction, float availableWidth,
                                                 float availableHeight, SizingMode widthMode, SizingMode heightMode,
                                                 float ownerWidth, float ownerHeight)
    {
        if (!IsFixedSize(availableWidth, widthMode) || !IsFixedSize(availableHeight, heightMode)) return false;
        ref var layout = ref node.Layout;
        layout.MeasuredDimensions[Width] = BoundAxis(node, FlexDirection.Row, direction,
            float.IsNaN(availableWidth) || (widthMode == SizingMode.FitContent && availableWidth < 0f) ? 0f : availableWidth,
            ownerWidth, ownerWidth);
        layout.MeasuredDimensions[Height] = BoundAxis(node, FlexDirection.Column, direction,
            float.IsNaN(availableHeight) || (heightMode == SizingMode.FitContent && availableHeight < 0f) ? 0f : availableHeight,
            ownerHeight, ownerWidth);
        return true;
    }

    /// <summary>display:none subtrees get an empty box.</summary>
    private static void ZeroOutLayoutRecursively(LayoutNode node, LayoutPass pass)
    {
        node.Layout.Reset();
        node.Layout.Dimensions[Width] = 0;
        node.Layout.Dimensions[Height] = 0;
        node.HasNewLayout = true;
        Touch(node, pass);
        var children = node.Children;
        for (int i = 0; i < children.Count; i++) ZeroOutLayoutRecursively(children[i], pass);
    }

    /// <summary>display:contents children are not laid out themselves: give them an empty box at the origin.</summary>
    private static void CleanupContentsNodesRecursively(LayoutNode node, LayoutPass pass)
    {
        if (!node.HasContentsChildren) return;
        var children = node.Children;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Style.Display != Display.Contents) continue;
            child.Layout.Reset();
            child.Layout.Dimensions[Width] = 0;
            child.Layout.Dimensions[Height] = 0;
            child.HasNewLayout = true;
            child.IsDirty = false;
            Touch(child, pass);
            CleanupContentsNodesRecursively(child, pass);
        }
    }
}
