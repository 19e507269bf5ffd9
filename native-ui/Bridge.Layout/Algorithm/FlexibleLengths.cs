using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// STEP 5: resolve flexible lengths on the main axis. CSS Flexbox §9.7 "Resolving Flexible Lengths".
// Like Yoga (yoga/algorithm/CalculateLayout.cpp, MIT licence, Meta Platforms) this runs two passes instead
// of the spec's loop: the first freezes items whose min/max trigger, the second sizes every item.
internal static partial class LayoutAlgorithm
{
    private static float DistributeFreeSpaceSecondPass(ref FlexLine line, LayoutNode node, FlexDirection mainAxis,
        FlexDirection crossAxis, Direction direction, float ownerWidth, float mainAxisOwnerSize,
        float availableInnerMainDim, float availableInnerCrossDim, float availableInnerWidth, float availableInnerHeight,
        bool mainAxisOverflows, SizingMode sizingModeCrossDim, bool performLayout, LayoutPass pass, int depth)
    {
        float deltaFreeSpace = 0;
        bool isMainAxisRow = IsRow(mainAxis);
        bool isNodeFlexWrap = node.Style.FlexWrap != Wrap.NoWrap;
        var children = node.LayoutChildren;

        for (int i = line.Start; i < line.End; i++)
        {
            var child = children[i];
            if (!FlexLine.InFlow(child)) continue;
            float minMaxAxisSize = child.Config.HasErrata(Errata.FlexItemPercentMinMaxAgainstOwner) ? mainAxisOwnerSize : availableInnerMainDim;
            float childFlexBasis = BoundAxisWithinMinAndMax(child, direction, mainAxis, child.Layout.ComputedFlexBasis, minMaxAxisSize, ownerWidth);
            float updatedMainSize = childFlexBasis;

            if (!float.IsNaN(line.RemainingFreeSpace) && line.RemainingFreeSpace < 0)
            {
                float flexShrinkScaledFactor = -child.ResolveFlexShrink() * childFlexBasis;
                // Is this child able to shrink?
                if (flexShrinkScaledFactor != 0)
                {
                    float childSize;
                    if (!float.IsNaN(line.TotalFlexShrinkScaledFactors) && line.TotalFlexShrinkScaledFactors == 0)
                        childSize = childFlexBasis + flexShrinkScaledFactor;
                    else
                        childSize = childFlexBasis + line.RemainingFreeSpace / line.TotalFlexShrinkScaledFactors * flexShrinkScaledFactor;
                    updatedMainSize = BoundAxis(child, mainAxis, direction, childSize, availableInnerMainDim, availableInnerWidth);
                }
            }
            else if (!float.IsNaN(line.RemainingFreeSpace) && line.RemainingFreeSpace > 0)
            {
                float flexGrowFactor = child.ResolveFlexGrow();
                // Is this child able to grow?
                if (!float.IsNaN(flexGrowFactor) && flexGrowFactor != 0)
                {
                    updatedMainSize = BoundAxis(child, mainAxis, direction,
                        childFlexBasis + line.RemainingFreeSpace / line.TotalFlexGrowFactors * flexGrowFactor,
                        availableInnerMainDim, availableInnerWidth);
                }
            }

            deltaFreeSpace += updatedMainSize - childFlexBasis;

            float marginMain = child.Style.MarginForAxis(mainAxis, availableInnerWidth);
            float marginCross = child.Style.MarginForAxis(crossAxis, availableInnerWidth);
            float childCrossSize;
            float childMainSize = updatedMainSize + marginMain;
            SizingMode childCrossMode;
            var childMainMode = SizingMode.StretchFit;
            float aspectRatio = child.Style.AspectRatio;
            int crossDim = Dim(crossAxis);

            if (!float.IsNaN(aspectRatio))
            {
                childCrossSize = isMainAxisRow ? (childMainSize - marginMain) / aspectRatio : (childMainSize - marginMain) * aspectRatio;
                childCrossMode = SizingMode.StretchFit;
                childCrossSize += marginCross;
            }
            else if (!float.IsNaN(availableInnerCrossDim) && !child.HasDefiniteLength(crossDim, availableInnerCrossDim)
                     && sizingModeCrossDim == SizingMode.StretchFit && !(isNodeFlexWrap && mainAxisOverflows)
                     && ResolveChildAlignment(node, child) == Align.Stretch
                     && !child.Style.FlexStartMarginIsAuto(crossAxis, direction)
                     && !child.Style.FlexEndMarginIsAuto(crossAxis, direction))
            {
                childCrossSize = availableInnerCrossDim;
                childCrossMode = SizingMode.StretchFit;
            }
            else if (!child.HasDefiniteLength(crossDim, availableInnerCrossDim))
            {
                childCrossSize = availableInnerCrossDim;
                childCrossMode = float.IsNaN(childCrossSize) ? SizingMode.MaxContent : SizingMode.FitContent;
            }
            else
            {
                childCrossSize = child.GetResolvedDimension(direction, crossDim, availableInnerCrossDim, availableInnerWidth) + marginCross;
                bool isLoosePercentageMeasurement = child.ProcessedDimensions[crossDim].Unit == LengthUnit.Percent
                                                    && sizingModeCrossDim != SizingMode.StretchFit;
                childCrossMode = float.IsNaN(childCrossSize) || isLoosePercentageMeasurement ? SizingMode.MaxContent : SizingMode.StretchFit;
            }

            ConstrainMaxSizeForMode(child, direction, mainAxis, availableInnerMainDim, availableInnerWidth, ref childMainMode, ref childMainSize);
            ConstrainMaxSizeForMode(child, direction, crossAxis, availableInnerCrossDim, availableInnerWidth, ref childCrossMode, ref childCrossSize);

            bool requiresStretchLayout = !child.HasDefiniteLength(crossDim, availableInnerCrossDim)
                                         && ResolveChildAlignment(node, child) == Align.Stretch
                                         && !child.Style.FlexStartMarginIsAuto(crossAxis, direction)
                                         && !child.Style.FlexEndMarginIsAuto(crossAxis, direction);

            float childWidth = isMainAxisRow ? childMainSize : childCrossSize;
            float childHeight = !isMainAxisRow ? childMainSize : childCrossSize;
            var childWidthMode = isMainAxisRow ? childMainMode : childCrossMode;
            var childHeightMode = !isMainAxisRow ? childMainMode : childCrossMode;
            bool isLayoutPass = performLayout && !requiresStretchLayout;

            // Recursively lay out this child with its final main size.
            CalculateLayoutInternal(child, childWidth, childHeight, node.Layout.Direction, childWidthMode, childHeightMode,
                                    availableInnerWidth, availableInnerHeight, isLayoutPass, pass, depth);
            node.Layout.HadOverflow |= child.Layout.HadOverflow;
        }
        return deltaFreeSpace;
    }

    private static void DistributeFreeSpaceFirstPass(ref FlexLine line, LayoutNode node, Direction direction,
        FlexDirection mainAxis, float ownerWidth, float mainAxisOwnerSize, float availableInnerMainDim, float availableInnerWidth)
    {
        float deltaFreeSpace = 0;
        var children = node.LayoutChildren;
        for (int i = line.Start; i < line.End; i++)
        {
            var child = children[i];
            if (!FlexLine.InFlow(child)) continue;
            float minMaxAxisSize = child.Config.HasErrata(Errata.FlexItemPercentMinMaxAgainstOwner) ? mainAxisOwnerSize : availableInnerMainDim;
            float childFlexBasis = BoundAxisWithinMinAndMax(child, direction, mainAxis, child.Layout.ComputedFlexBasis, minMaxAxisSize, ownerWidth);

            if (line.RemainingFreeSpace < 0)
            {
                float flexShrinkScaledFactor = -child.ResolveFlexShrink() * childFlexBasis;
                // Is this child able to shrink?
                if (!float.IsNaN(flexShrinkScaledFactor) && flexShrinkScaledFactor != 0)
                {
                    float baseMainSize = childFlexBasis + line.RemainingFreeSpace / line.TotalFlexShrinkScaledFactors * flexShrinkScaledFactor;
                    float boundMainSize = BoundAxis(child, mainAxis, direction, baseMainSize, availableInnerMainDim, availableInnerWidth);
                    if (!float.IsNaN(baseMainSize) && !float.IsNaN(boundMainSize) && baseMainSize != boundMainSize)
                    {
                        // Excluding a clamped item makes its min/max trigger again in the second pass.
                        deltaFreeSpace += boundMainSize - childFlexBasis;
                        line.TotalFlexShrinkScaledFactors -= -child.ResolveFlexShrink() * child.Layout.ComputedFlexBasis;
                    }
                }
            }
            else if (!float.IsNaN(line.RemainingFreeSpace) && line.RemainingFreeSpace > 0)
            {
                float flexGrowFactor = child.ResolveFlexGrow();
                // Is this child able to grow?
                if (!float.IsNaN(flexGrowFactor) && flexGrowFactor != 0)
                {
                    float baseMainSize = childFlexBasis + line.RemainingFreeSpace / line.TotalFlexGrowFactors * flexGrowFactor;
                    float boundMainSize = BoundAxis(child, mainAxis, direction, baseMainSize, availableInnerMainDim, availableInnerWidth);
                    if (!float.IsNaN(baseMainSize) && !float.IsNaN(boundMainSize) && baseMainSize != boundMainSize)
                    {
                        deltaFreeSpace += boundMainSize - childFlexBasis;
                        line.TotalFlexGrowFactors -= flexGrowFactor;
                    }
                }
            }
        }
        line.RemainingFreeSpace -= deltaFreeSpace;
    }

    private static void ResolveFlexibleLength(LayoutNode node, ref FlexLine line, FlexDirection mainAxis, FlexDirection crossAxis,
        Direction direction, float ownerWidth, float mainAxisOwnerSize, float availableInnerMainDim, float availableInnerCrossDim,
        float availableInnerWidth, float availableInnerHeight, bool mainAxisOverflows, SizingMode sizingModeCrossDim,
        bool performLayout, LayoutPass pass, int depth)
    {
        float originalFreeSpace = line.RemainingFreeSpace;
        // First pass: detect the flex items whose min/max constraints trigger.
        DistributeFreeSpaceFirstPass(ref line, node, direction, mainAxis, ownerWidth, mainAxisOwnerSize,
                                     availableInnerMainDim, availableInnerWidth);
        // Second pass: resolve the sizes of the flexible items.
        float distributed = DistributeFreeSpaceSecondPass(ref line, node, mainAxis, crossAxis, direction, ownerWidth,
            mainAxisOwnerSize, availableInnerMainDim, availableInnerCrossDim, availableInnerWidth, availableInnerHeight,
            mainAxisOverflows, sizingModeCrossDim, performLayout, pass, depth);
        line.RemainingFreeSpace = originalFreeSpace - distributed;
    }
}
