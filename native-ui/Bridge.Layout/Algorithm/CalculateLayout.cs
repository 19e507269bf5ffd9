using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// The flex layout algorithm: CSS Flexible Box Layout Module Level 1, §9 "Flex Layout Algorithm".
// A port of Yoga's calculateLayoutImpl (yoga/algorithm/CalculateLayout.cpp, MIT licence, Meta Platforms),
// keeping its steps, its defaults (React Native's) and its deviations: no automatic minimum size
// (errata MinSizeUndefinedInsteadOfAuto), no `order`, two-pass flexible lengths.
// Input: available size and sizing mode per axis (NaN must come with MaxContent). Output: the node's measured
// size and, when performLayout is set, the positions of its children (relative to this node).
internal static partial class LayoutAlgorithm
{
    private static void CalculateLayoutImpl(LayoutNode node, float availableWidth, float availableHeight,
        Direction ownerDirection, SizingMode widthMode, SizingMode heightMode, float ownerWidth, float ownerHeight,
        bool performLayout, LayoutPass pass, int depth)
    {
        if (performLayout) pass.Layouts++; else pass.Measures++;
        node.ComputeCount++;

        // Set the resolved direction in the node's layout.
        var direction = node.ResolveDirection(ownerDirection);
        node.Layout.Direction = direction;

        var flexRowDirection = Resolve(FlexDirection.Row, direction);
        var flexColumnDirection = Resolve(FlexDirection.Column, direction);
        int startEdge = direction == Direction.Ltr ? (int)PhysicalEdge.Left : (int)PhysicalEdge.Right;
        int endEdge = direction == Direction.Ltr ? (int)PhysicalEdge.Right : (int)PhysicalEdge.Left;
        var style = node.Style;
        ref var layout = ref node.Layout;

        float marginRowLeading = style.InlineStartMargin(flexRowDirection, direction, ownerWidth);
        float marginRowTrailing = style.InlineEndMargin(flexRowDirection, direction, ownerWidth);
        float marginColumnLeading = style.InlineStartMargin(flexColumnDirection, direction, ownerWidth);
        float marginColumnTrailing = style.InlineEndMargin(flexColumnDirection, direction, ownerWidth);
        layout.Margin[startEdge] = marginRowLeading;
        layout.Margin[endEdge] = marginRowTrailing;
        layout.Margin[(int)PhysicalEdge.Top] = marginColumnLeading;
        layout.Margin[(int)PhysicalEdge.Bottom] = marginColumnTrailing;
        float marginAxisRow = marginRowLeading + marginRowTrailing;
        float marginAxisColumn = marginColumnLeading + marginColumnTrailing;

        layout.Border[startEdge] = style.InlineStartBorder(flexRowDirection, direction);
        layout.Border[endEdge] = style.InlineEndBorder(flexRowDirection, direction);
        layout.Border[(int)PhysicalEdge.Top] = style.InlineStartBorder(flexColumnDirection, direction);
        layout.Border[(int)PhysicalEdge.Bottom] = style.InlineEndBorder(flexColumnDirection, direction);
        layout.Padding[startEdge] = style.InlineStartPadding(flexRowDirection, direction, ownerWidth);
        layout.Padding[endEdge] = style.InlineEndPadding(flexRowDirection, direction, ownerWidth);
        layout.Padding[(int)PhysicalEdge.Top] = style.InlineStartPadding(flexColumnDirection, direction, ownerWidth);
        layout.Padding[(int)PhysicalEdge.Bottom] = style.InlineEndPadding(flexColumnDirection, direction, ownerWidth);

        if (node.IsMeasured)
        {
            MeasureNodeWithMeasureFunc(node, direction, availableWidth - marginAxisRow, availableHeight - marginAxisColumn,
                                       widthMode, heightMode, ownerWidth, ownerHeight, pass);
            CleanupContentsNodesRecursively(node, pass);
            return;
        }

        var children = node.LayoutChildren;
        int childCount = children.Count;
        if (childCount == 0)
        {
            MeasureNodeWithoutChildren(node, direction, availableWidth - marginAxisRow, availableHeight - marginAxisColumn,
                                       widthMode, heightMode, ownerWidth, ownerHeight);
            CleanupContentsNodesRecursively(node, pass);
            return;
        }

        // When only measuring, a node whose size is already known needs no algorithm.
        if (!performLayout && MeasureNodeWithFixedSize(node, direction, availableWidth - marginAxisRow,
                availableHeight - marginAxisColumn, widthMode, heightMode, ownerWidth, ownerHeight))
        {
            CleanupContentsNodesRecursively(node, pass);
            return;
        }

        layout.HadOverflow = false;
        CleanupContentsNodesRecursively(node, pass);

        // ============================================================================================
        // STEP 1: CALCULATE VALUES FOR REMAINDER OF ALGORITHM (§9.1 "Initial Setup")
        // ============================================================================================
        var mainAxis = Resolve(style.FlexDirection, direction);
        var crossAxis = Cross(mainAxis, direction);
        bool isMainAxisRow = IsRow(mainAxis);
        bool isNodeFlexWrap = style.FlexWrap != Wrap.NoWrap;
        float mainAxisOwnerSize = isMainAxisRow ? ownerWidth : ownerHeight;
        float crossAxisOwnerSize = isMainAxisRow ? ownerHeight : ownerWidth;
        float paddingAndBorderAxisMain = PaddingAndBorderForAxis(node, mainAxis, direction, ownerWidth);
        float paddingAndBorderAxisCross = PaddingAndBorderForAxis(node, crossAxis, direction, ownerWidth);
        float leadingPaddingAndBorderCross = style.FlexStartPaddingAndBorder(crossAxis, direction, ownerWidth);
        var sizingModeMainDim = isMainAxisRow ? widthMode : heightMode;
        var sizingModeCrossDim = isMainAxisRow ? heightMode : widthMode;
        float paddingAndBorderAxisRow = isMainAxisRow ? paddingAndBorderAxisMain : paddingAndBorderAxisCross;
        float paddingAndBorderAxisColumn = isMainAxisRow ? paddingAndBorderAxisCross : paddingAndBorderAxisMain;
        int mainDimIndex = Dim(mainAxis);
        int crossDimIndex = Dim(crossAxis);

        // ============================================================================================
        // STEP 2: DETERMINE AVAILABLE SIZE IN MAIN AND CROSS DIRECTIONS (§9.2 step 2)
        // ============================================================================================
        float availableInnerWidth = CalculateAvailableInnerDimension(node, direction, Width,
            availableWidth - marginAxisRow, paddingAndBorderAxisRow, ownerWidth, ownerWidth);
        float availableInnerHeight = CalculateAvailableInnerDimension(node, direction, Height,
            availableHeight - marginAxisColumn, paddingAndBorderAxisColumn, ownerHeight, ownerWidth);
        float availableInnerMainDim = isMainAxisRow ? availableInnerWidth : availableInnerHeight;
        float availableInnerCrossDim = isMainAxisRow ? availableInnerHeight : availableInnerWidth;

        // ============================================================================================
        // STEP 3: DETERMINE FLEX BASIS FOR EACH ITEM (§9.2 step 3)
        // ============================================================================================
        float totalMainDim = ComputeFlexBasisForChildren(node, availableInnerWidth, availableInnerHeight, widthMode,
            heightMode, direction, mainAxis, performLayout, pass, depth);
        if (childCount > 1)
            totalMainDim += style.GapForAxis(mainAxis, availableInnerMainDim) * (childCount - 1);

        bool mainAxisOverflows = sizingModeMainDim != SizingMode.MaxContent && totalMainDim > availableInnerMainDim;
        if (isNodeFlexWrap && mainAxisOverflows && sizingModeMainDim == SizingMode.FitContent)
            sizingModeMainDim = SizingMode.StretchFit;

        // ============================================================================================
        // STEP 4: COLLECT FLEX ITEMS INTO FLEX LINES (§9.3 step 5)
        // ============================================================================================
        int lineCount = 0;
        float totalLineCrossDim = 0;
        float crossAxisGap = style.GapForAxis(crossAxis, availableInnerCrossDim);
        float maxLineMainDim = 0;
        for (int startOfLine = 0; startOfLine < childCount; lineCount++)
        {
            var line = CalculateFlexLine(node, ownerDirection, ownerWidth, mainAxisOwnerSize, availableInnerWidth,
                                         availableInnerMainDim, startOfLine, lineCount);
            startOfLine = line.End;

            // When only the size is wanted and the cross size is fixed, the flex step can be skipped.
            bool canSkipFlex = !performLayout && sizingModeCrossDim == SizingMode.StretchFit;

            // ========================================================================================
            // STEP 5: RESOLVING FLEXIBLE LENGTHS ON MAIN AXIS (§9.7)
            // ========================================================================================
            bool sizeBasedOnContent = false;
            // Without an exact main size, respect min and max.
            if (sizingModeMainDim != SizingMode.StretchFit)
            {
                float minInnerWidth = style.ResolvedMinDimension(direction, Width, ownerWidth, ownerWidth) - paddingAndBorderAxisRow;
                float maxInnerWidth = style.ResolvedMaxDimension(direction, Width, ownerWidth, ownerWidth) - paddingAndBorderAxisRow;
                float minInnerHeight = style.ResolvedMinDimension(direction, Height, ownerHeight, ownerWidth) - paddingAndBorderAxisColumn;
                float maxInnerHeight = style.ResolvedMaxDimension(direction, Height, ownerHeight, ownerWidth) - paddingAndBorderAxisColumn;
                float minInnerMainDim = isMainAxisRow ? minInnerWidth : minInnerHeight;
                float maxInnerMainDim = isMainAxisRow ? maxInnerWidth : maxInnerHeight;

                if (!float.IsNaN(minInnerMainDim) && line.SizeConsumed < minInnerMainDim)
                {
                    availableInnerMainDim = minInnerMainDim;
                }
                else if (!float.IsNaN(maxInnerMainDim) && line.SizeConsumed > maxInnerMainDim)
                {
                    availableInnerMainDim = maxInnerMainDim;
                }
                else
                {
                    bool useLegacyStretchBehaviour = node.Config.HasErrata(Errata.StretchFlexBasis);
                    if (!useLegacyStretchBehaviour
                        && ((!float.IsNaN(line.TotalFlexGrowFactors) && line.TotalFlexGrowFactors == 0)
                            || (!float.IsNaN(node.ResolveFlexGrow()) && node.ResolveFlexGrow() == 0)))
                    {
                        // Nothing to flex, or the node cannot flex itself: the space used is all the space needed.
                        availableInnerMainDim = line.SizeConsumed;
                    }
                    sizeBasedOnContent = !useLegacyStretchBehaviour;
                }
            }

            if (!sizeBasedOnContent && !float.IsNaN(availableInnerMainDim))
                line.RemainingFreeSpace = availableInnerMainDim - line.SizeConsumed;
            else if (line.SizeConsumed < 0)
                // Content-sized with negative consumption (negative margins): the node allots 0 to its content.
                line.RemainingFreeSpace = -line.SizeConsumed;

            if (!canSkipFlex)
            {
                ResolveFlexibleLength(node, ref line, mainAxis, crossAxis, direction, ownerWidth, mainAxisOwnerSize,
                    availableInnerMainDim, availableInnerCrossDim, availableInnerWidth, availableInnerHeight,
                    mainAxisOverflows, sizingModeCrossDim, performLayout, pass, depth);
            }
            node.Layout.HadOverflow |= line.RemainingFreeSpace < 0;

            // ========================================================================================
            // STEP 6: MAIN-AXIS JUSTIFICATION & CROSS-AXIS SIZE DETERMINATION (§9.5, §9.4)
            // ========================================================================================
            JustifyMainAxis(node, ref line, mainAxis, crossAxis, direction, sizingModeMainDim, sizingModeCrossDim,
                mainAxisOwnerSize, ownerWidth, availableInnerMainDim, availableInnerCrossDim, availableInnerWidth, performLayout);

            float containerCrossAxis = availableInnerCrossDim;
            if (sizingModeCrossDim is SizingMode.MaxContent or SizingMode.FitContent)
            {
                // Compute the cross axis from the max cross dimension of the children.
                containerCrossAxis = BoundAxis(node, crossAxis, direction, line.CrossDim + paddingAndBorderAxisCross,
                                               crossAxisOwnerSize, ownerWidth) - paddingAndBorderAxisCross;
            }

            // Without wrapping, the container defines the cross size of its single line.
            if (!isNodeFlexWrap && sizingModeCrossDim == SizingMode.StretchFit)
                line.CrossDim = availableInnerCrossDim;

            // §9.4 "cross size of the line": a single line is clamped by the container's min/max.
            if (!isNodeFlexWrap)
            {
                line.CrossDim = BoundAxis(node, crossAxis, direction, line.CrossDim + paddingAndBorderAxisCross,
                                          crossAxisOwnerSize, ownerWidth) - paddingAndBorderAxisCross;
            }

            // ========================================================================================
            // STEP 7: CROSS-AXIS ALIGNMENT (§9.6 "Cross-Axis Alignment")
            // ========================================================================================
            if (performLayout)
                AlignItemsInLine(node, ref line, mainAxis, crossAxis, direction, isMainAxisRow, isNodeFlexWrap,
                    availableInnerMainDim, availableInnerCrossDim, availableInnerWidth, availableInnerHeight,
                    containerCrossAxis, leadingPaddingAndBorderCross, totalLineCrossDim, pass, depth);

            float appliedCrossGap = lineCount != 0 ? crossAxisGap : 0f;
            totalLineCrossDim += line.CrossDim + appliedCrossGap;
            maxLineMainDim = FloatMath.MaxOrDefined(maxLineMainDim, line.MainDim);
        }

        // ============================================================================================
        // STEP 8: MULTI-LINE CONTENT ALIGNMENT (§9.4 step 15, §9.6 step 16 align-content)
        // ============================================================================================
        if (performLayout && (isNodeFlexWrap || IsBaselineLayout(node)))
            AlignContent(node, mainAxis, crossAxis, direction, isMainAxisRow, sizingModeCrossDim, lineCount, totalLineCrossDim,
                crossAxisGap, crossAxisOwnerSize, ownerWidth, paddingAndBorderAxisCross, leadingPaddingAndBorderCross,
                availableInnerCrossDim, availableInnerWidth, availableInnerHeight, pass, depth);

        // ============================================================================================
        // STEP 9: COMPUTING FINAL DIMENSIONS (§9.8 "Definite and Indefinite Sizes", §9.3 step 4)
        // ============================================================================================
        ref var l = ref node.Layout;
        l.MeasuredDimensions[Width] = BoundAxis(node, FlexDirection.Row, direction, availableWidth - marginAxisRow, ownerWidth, ownerWidth);
        l.MeasuredDimensions[Height] = BoundAxis(node, FlexDirection.Column, direction, availableHeight - marginAxisColumn, ownerHeight, ownerWidth);

        // Without a specified size, the node is sized by its content, clamped by min/max and padding + border.
        if (sizingModeMainDim == SizingMode.MaxContent || (style.Overflow != Overflow.Scroll && sizingModeMainDim == SizingMode.FitContent))
        {
            l.MeasuredDimensions[mainDimIndex] = BoundAxis(node, mainAxis, direction, maxLineMainDim, mainAxisOwnerSize, ownerWidth);
        }
        else if (sizingModeMainDim == SizingMode.FitContent && style.Overflow == Overflow.Scroll)
        {
            l.MeasuredDimensions[mainDimIndex] = FloatMath.MaxOrDefined(
                FloatMath.MinOrDefined(availableInnerMainDim + paddingAndBorderAxisMain,
                    BoundAxisWithinMinAndMax(node, direction, mainAxis, maxLineMainDim, mainAxisOwnerSize, ownerWidth)),
                paddingAndBorderAxisMain);
        }

        if (sizingModeCrossDim == SizingMode.MaxContent || (style.Overflow != Overflow.Scroll && sizingModeCrossDim == SizingMode.FitContent))
        {
            l.MeasuredDimensions[crossDimIndex] = BoundAxis(node, crossAxis, direction,
                totalLineCrossDim + paddingAndBorderAxisCross, crossAxisOwnerSize, ownerWidth);
        }
        else if (sizingModeCrossDim == SizingMode.FitContent && style.Overflow == Overflow.Scroll)
        {
            l.MeasuredDimensions[crossDimIndex] = FloatMath.MaxOrDefined(
                FloatMath.MinOrDefined(availableInnerCrossDim + paddingAndBorderAxisCross,
                    BoundAxisWithinMinAndMax(node, direction, crossAxis, totalLineCrossDim + paddingAndBorderAxisCross,
                                             crossAxisOwnerSize, ownerWidth)),
                paddingAndBorderAxisCross);
        }

        // Lines were wrapped in normal direction: reverse the cross positions for wrap-reverse.
        int crossStart = (int)FlexStartEdge(crossAxis);
        if (performLayout && style.FlexWrap == Wrap.WrapReverse)
        {
            for (int i = 0; i < childCount; i++)
            {
                var child = children[i];
                if (child.Style.PositionType == PositionType.Absolute) continue;
                child.Layout.Position[crossStart] = l.MeasuredDimensions[crossDimIndex]
                    - child.Layout.Position[crossStart] - child.Layout.MeasuredDimensions[crossDimIndex];
            }
        }

        if (!performLayout) return;

        // ============================================================================================
        // STEP 10: SETTING TRAILING POSITIONS FOR CHILDREN (reverse directions)
        // ============================================================================================
        bool needsMainTrailingPos = NeedsTrailingPosition(mainAxis);
        bool needsCrossTrailingPos = NeedsTrailingPosition(crossAxis);
        if (needsMainTrailingPos || needsCrossTrailingPos)
        {
            for (int i = 0; i < childCount; i++)
            {
                var child = children[i];
                // Absolute children are positioned by their containing block.
                if (child.Style.Display == Display.None || child.Style.PositionType == PositionType.Absolute) continue;
                if (needsMainTrailingPos) SetChildTrailingPosition(node, child, mainAxis);
                if (needsCrossTrailingPos) SetChildTrailingPosition(node, child, crossAxis);
            }
        }

        // ============================================================================================
        // STEP 11: SIZING AND POSITIONING ABSOLUTE CHILDREN (§4.1 "Absolutely-Positioned Flex Children")
        // ============================================================================================
        if (style.PositionType != PositionType.Static || node.AlwaysFormsContainingBlock || depth == 1)
        {
            LayoutAbsoluteDescendants(node, node, isMainAxisRow ? sizingModeMainDim : sizingModeCrossDim, direction,
                pass, depth, 0f, 0f, availableInnerWidth, availableInnerHeight);
        }
    }
}
