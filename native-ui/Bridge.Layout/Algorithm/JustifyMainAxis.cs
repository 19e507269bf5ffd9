using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// STEP 6: main-axis justification and cross size of the line. CSS Flexbox §9.5 "Main-Axis Alignment"
// (auto margins first, then justify-content) and §9.4 step 8 "cross size of each flex line".
// Port of Yoga's justifyMainAxis (yoga/algorithm/CalculateLayout.cpp, MIT licence, Meta Platforms).
internal static partial class LayoutAlgorithm
{
    private static void JustifyMainAxis(LayoutNode node, ref FlexLine line, FlexDirection mainAxis, FlexDirection crossAxis,
        Direction direction, SizingMode sizingModeMainDim, SizingMode sizingModeCrossDim, float mainAxisOwnerSize,
        float ownerWidth, float availableInnerMainDim, float availableInnerCrossDim, float availableInnerWidth, bool performLayout)
    {
        var style = node.Style;
        float leadingPaddingAndBorderMain = style.FlexStartPaddingAndBorder(mainAxis, direction, ownerWidth);
        float trailingPaddingAndBorderMain = style.FlexEndPaddingAndBorder(mainAxis, direction, ownerWidth);
        float gap = style.GapForAxis(mainAxis, availableInnerMainDim);
        int mainDim = Dim(mainAxis);

        // With "at most" sizing the free space is zero unless a min main size asks for more.
        if (sizingModeMainDim == SizingMode.FitContent && line.RemainingFreeSpace > 0)
        {
            float minMain = style.ResolvedMinDimension(direction, mainDim, mainAxisOwnerSize, ownerWidth);
            if (style.MinDimensions[mainDim].IsDefined && !float.IsNaN(minMain))
            {
                // Minimum space available to children, excluding padding and border.
                float minAvailableMainDim = minMain - leadingPaddingAndBorderMain - trailingPaddingAndBorderMain;
                float occupiedSpaceByChildNodes = availableInnerMainDim - line.RemainingFreeSpace;
                line.RemainingFreeSpace = FloatMath.MaxOrDefined(0f, minAvailableMainDim - occupiedSpaceByChildNodes);
            }
            else
            {
                line.RemainingFreeSpace = 0;
            }
        }

        float leadingMainDim = 0;
        float betweenMainDim = gap;
        var justifyContent = line.RemainingFreeSpace >= 0 ? style.JustifyContent : FallbackAlignment(style.JustifyContent);

        if (line.NumberOfAutoMargins == 0)
        {
            switch (justifyContent)
            {
                case Justify.Center:
                    leadingMainDim = line.RemainingFreeSpace / 2;
                    break;
                case Justify.FlexEnd:
                    leadingMainDim = line.RemainingFreeSpace;
                    break;
                case Justify.SpaceBetween:
                    if (line.ItemCount > 1) betweenMainDim += line.RemainingFreeSpace / (line.ItemCount - 1);
                    break;
                case Justify.SpaceEvenly:
                    // Space is distributed evenly across all elements.
                    leadingMainDim = line.RemainingFreeSpace / (line.ItemCount + 1);
                    betweenMainDim += leadingMainDim;
                    break;
                case Justify.SpaceAround:
                    // Space on the edges is half of the space between elements.
                    leadingMainDim = 0.5f * line.RemainingFreeSpace / line.ItemCount;
                    betweenMainDim += leadingMainDim * 2;
                    break;
            }
        }

        line.MainDim = leadingPaddingAndBorderMain + leadingMainDim;
        line.CrossDim = 0;

        float maxAscent = 0;
        float maxDescent = 0;
        bool isNodeBaselineLayout = IsBaselineLayout(node);
        var children = node.LayoutChildren;
        var startEdge = (int)FlexStartEdge(mainAxis);
        for (int i = line.Start; i < line.End; i++)
        {
            var child = children[i];
            if (!FlexLine.InFlow(child)) continue;
            if (child.Style.FlexStartMarginIsAuto(mainAxis, direction) && line.RemainingFreeSpace > 0f)
                line.MainDim += line.RemainingFreeSpace / line.NumberOfAutoMargins;

            if (performLayout)
                child.Layout.Position[startEdge] += line.MainDim;

            if (i != line.LastItem) line.MainDim += betweenMainDim;

            if (child.Style.FlexEndMarginIsAuto(mainAxis, direction) && line.RemainingFreeSpace > 0f)
                line.MainDim += line.RemainingFreeSpace / line.NumberOfAutoMargins;

            bool canSkipFlex = !performLayout && sizingModeCrossDim == SizingMode.StretchFit;
            if (canSkipFlex)
            {
                // The flex step was skipped, so measured sizes are not computed: use the flex basis.
                line.MainDim += child.Style.MarginForAxis(mainAxis, availableInnerWidth) + child.Layout.ComputedFlexBasis;
                line.CrossDim = availableInnerCrossDim;
            }
            else
            {
                // The main dimension is the sum of all the elements' dimensions plus the spacing.
                line.MainDim += child.DimensionWithMargin(mainAxis, availableInnerWidth);
                if (isNodeBaselineLayout)
                {
                    // Baseline-aligned lines are as tall as the largest ascent plus the largest descent.
                    float ascent = CalculateBaseline(child) + child.Style.FlexStartMargin(FlexDirection.Column, direction, availableInnerWidth);
                    float descent = child.Layout.MeasuredDimensions[Height]
                                    + child.Style.MarginForAxis(FlexDirection.Column, availableInnerWidth) - ascent;
                    maxAscent = FloatMath.MaxOrDefined(maxAscent, ascent);
                    maxDescent = FloatMath.MaxOrDefined(maxDescent, descent);
                }
                else
                {
                    line.CrossDim = FloatMath.MaxOrDefined(line.CrossDim, child.DimensionWithMargin(crossAxis, availableInnerWidth));
                }
            }
        }
        line.MainDim += trailingPaddingAndBorderMain;
        if (isNodeBaselineLayout) line.CrossDim = maxAscent + maxDescent;
    }
}
