using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// STEP 7 and STEP 8 of the layout: align items within their line (CSS Flexbox §9.6 "Cross-Axis Alignment",
// §8.3 align-items/align-self, auto margins) and align the lines (§8.4 align-content).
// Port of Yoga (yoga/algorithm/CalculateLayout.cpp, MIT licence, Meta Platforms).
internal static partial class LayoutAlgorithm
{
    private static void AlignItemsInLine(LayoutNode node, ref FlexLine line, FlexDirection mainAxis, FlexDirection crossAxis,
        Direction direction, bool isMainAxisRow, bool isNodeFlexWrap, float availableInnerMainDim, float availableInnerCrossDim,
        float availableInnerWidth, float availableInnerHeight, float containerCrossAxis, float leadingPaddingAndBorderCross,
        float totalLineCrossDim, LayoutPass pass, int depth)
    {
        var children = node.LayoutChildren;
        int crossDim = Dim(crossAxis);
        int mainDim = Dim(mainAxis);
        int crossStart = (int)FlexStartEdge(crossAxis);
        for (int i = line.Start; i < line.End; i++)
        {
            var child = children[i];
            if (!FlexLine.InFlow(child)) continue;
            float leadingCrossDim = leadingPaddingAndBorderCross;
            // Relative children use align-self, falling back to the container's align-items.
            var alignItem = ResolveChildAlignment(node, child);
            bool startAuto = child.Style.FlexStartMarginIsAuto(crossAxis, direction);
            bool endAuto = child.Style.FlexEndMarginIsAuto(crossAxis, direction);

            // A stretched child is laid out again with the line's cross size.
            if (alignItem == Align.Stretch && !startAuto && !endAuto)
            {
                // A child with a definite cross size does not stretch.
                if (!child.HasDefiniteLength(crossDim, availableInnerCrossDim))
                {
                    float childMainSize = child.Layout.MeasuredDimensions[mainDim];
                    float aspectRatio = child.Style.AspectRatio;
                    float childCrossSize = !float.IsNaN(aspectRatio)
                        ? child.Style.MarginForAxis(crossAxis, availableInnerWidth)
                          + (isMainAxisRow ? childMainSize / aspectRatio : childMainSize * aspectRatio)
                        : line.CrossDim;
                    childMainSize += child.Style.MarginForAxis(mainAxis, availableInnerWidth);

                    var childMainMode = SizingMode.StretchFit;
                    var childCrossMode = SizingMode.StretchFit;
                    ConstrainMaxSizeForMode(child, direction, mainAxis, availableInnerMainDim, availableInnerWidth, ref childMainMode, ref childMainSize);
                    ConstrainMaxSizeForMode(child, direction, crossAxis, availableInnerCrossDim, availableInnerWidth, ref childCrossMode, ref childCrossSize);

                    float childWidth = isMainAxisRow ? childMainSize : childCrossSize;
                    float childHeight = !isMainAxisRow ? childMainSize : childCrossSize;
                    bool crossAxisDoesNotGrow = node.Style.AlignContent != Align.Stretch && isNodeFlexWrap;
                    var childWidthMode = float.IsNaN(childWidth) || (!isMainAxisRow && crossAxisDoesNotGrow)
                        ? SizingMode.MaxContent : SizingMode.StretchFit;
                    var childHeightMode = float.IsNaN(childHeight) || (isMainAxisRow && crossAxisDoesNotGrow)
                        ? SizingMode.MaxContent : SizingMode.StretchFit;

                    CalculateLayoutInternal(child, childWidth, childHeight, direction, childWidthMode, childHeightMode,
                                            availableInnerWidth, availableInnerHeight, true, pass, depth);
                }
            }
            else
            {
                float remainingCrossDim = containerCrossAxis - child.DimensionWithMargin(crossAxis, availableInnerWidth);
                if (startAuto && endAuto)
                    leadingCrossDim += FloatMath.MaxOrDefined(0f, remainingCrossDim / 2);
                else if (endAuto)
                {
                    // Pushed to the start by the auto end margin.
                }
                else if (startAuto)
                    leadingCrossDim += FloatMath.MaxOrDefined(0f, remainingCrossDim);
                else if (alignItem == Align.FlexStart)
                {
                    // Already at the start.
                }
                else if (alignItem == Align.Center)
                    leadingCrossDim += remainingCrossDim / 2;
                else
                    leadingCrossDim += remainingCrossDim;
            }
            child.Layout.Position[crossStart] += totalLineCrossDim + leadingCrossDim;
        }
    }

    private static void AlignContent(LayoutNode node, FlexDirection mainAxis, FlexDirection crossAxis, Direction direction,
        bool isMainAxisRow, SizingMode sizingModeCrossDim, int lineCount, float totalLineCrossDim, float crossAxisGap,
        float crossAxisOwnerSize, float ownerWidth, float paddingAndBorderAxisCross, float leadingPaddingAndBorderCross,
        float availableInnerCrossDim, float availableInnerWidth, float availableInnerHeight, LayoutPass pass, int depth)
    {
        float leadPerLine = 0;
        float currentLead = leadingPaddingAndBorderCross;
        float extraSpacePerLine = 0;
        int crossDim = Dim(crossAxis);

        float unclampedCrossDim = sizingModeCrossDim == SizingMode.StretchFit
            ? availableInnerCrossDim + paddingAndBorderAxisCross
            : node.HasDefiniteLength(crossDim, crossAxisOwnerSize)
                ? node.GetResolvedDimension(direction, crossDim, crossAxisOwnerSize, ownerWidth)
                : totalLineCrossDim + paddingAndBorderAxisCross;
        float innerCrossDim = BoundAxis(node, crossAxis, direction, unclampedCrossDim, crossAxisOwnerSize, ownerWidth)
                              - paddingAndBorderAxisCross;
        float remaining = innerCrossDim - totalLineCrossDim;
        var alignContent = remaining >= 0 ? node.Style.AlignContent : FallbackAlignment(node.Style.AlignContent);

        switch (alignContent)
        {
            case Align.FlexEnd:
                currentLead += remaining;
                break;
            case Align.Center:
                currentLead += remaining / 2;
                break;
            case Align.Stretch:
                extraSpacePerLine = remaining / lineCount;
                break;
            case Align.SpaceAround:
                currentLead += remaining / (2 * lineCount);
                leadPerLine = remaining / lineCount;
                break;
            case Align.SpaceEvenly:
                currentLead += remaining / (lineCount + 1);
                leadPerLine = remaining / (lineCount + 1);
                break;
            case Align.SpaceBetween:
                if (lineCount > 1) leadPerLine = remaining / (lineCount - 1);
                break;
        }

        var children = node.LayoutChildren;
        int crossStart = (int)FlexStartEdge(crossAxis);
        int end = 0;
        for (int i = 0; i < lineCount; i++)
        {
            int start = end;
            int it = start;
            // Compute the line's height and find where it ends.
            float lineHeight = 0;
            float maxAscent = 0;
            float maxDescent = 0;
            for (; it < children.Count; it++)
            {
                var child = children[it];
                if (child.Style.Display == Display.None) continue;
                if (child.Style.PositionType == PositionType.Absolute) continue;
                if (child.LineIndex != i) break;
                if (child.IsLayoutDimensionDefined(crossAxis))
                    lineHeight = FloatMath.MaxOrDefined(lineHeight,
                        child.Layout.MeasuredDimensions[crossDim] + child.Style.MarginForAxis(crossAxis, availableInnerWidth));
                if (ResolveChildAlignment(node, child) == Align.Baseline)
                {
                    float ascent = CalculateBaseline(child) + child.Style.FlexStartMargin(FlexDirection.Column, direction, availableInnerWidth);
                    float descent = child.Layout.MeasuredDimensions[Height]
                                    + child.Style.MarginForAxis(FlexDirection.Column, availableInnerWidth) - ascent;
                    maxAscent = FloatMath.MaxOrDefined(maxAscent, ascent);
                    maxDescent = FloatMath.MaxOrDefined(maxDescent, descent);
                    lineHeight = FloatMath.MaxOrDefined(lineHeight, maxAscent + maxDescent);
                }
            }
            end = it;
            currentLead += i != 0 ? crossAxisGap : 0;
            lineHeight += extraSpacePerLine;

            for (it = start; it < end; it++)
            {
                var child = children[it];
                if (child.Style.Display == Display.None || child.Style.PositionType == PositionType.Absolute) continue;
                switch (ResolveChildAlignment(node, child))
                {
                    case Align.FlexStart:
                        child.Layout.Position[crossStart] = currentLead + child.Style.FlexStartPosition(crossAxis, direction, availableInnerWidth);
                        break;
                    case Align.FlexEnd:
                        child.Layout.Position[crossStart] = currentLead + lineHeight
                            - child.Style.FlexEndMargin(crossAxis, direction, availableInnerWidth)
                            - child.Layout.MeasuredDimensions[crossDim];
                        break;
                    case Align.Center:
                        child.Layout.Position[crossStart] = currentLead + (lineHeight - child.Layout.MeasuredDimensions[crossDim]) / 2;
                        break;
                    case Align.Stretch:
                        child.Layout.Position[crossStart] = currentLead + child.Style.FlexStartMargin(crossAxis, direction, availableInnerWidth);
                        // Measure the child again with the line's height: it was only measured with the owner's.
                        if (!child.HasDefiniteLength(crossDim, availableInnerCrossDim))
                        {
                            float childWidth = isMainAxisRow
                                ? child.Layout.MeasuredDimensions[Width] + child.Style.MarginForAxis(mainAxis, availableInnerWidth)
                                : leadPerLine + lineHeight;
                            float childHeight = !isMainAxisRow
                                ? child.Layout.MeasuredDimensions[Height] + child.Style.MarginForAxis(crossAxis, availableInnerWidth)
                                : leadPerLine + lineHeight;
                            if (!(FloatMath.InexactEquals(childWidth, child.Layout.MeasuredDimensions[Width])
                                  && FloatMath.InexactEquals(childHeight, child.Layout.MeasuredDimensions[Height])))
                            {
                                CalculateLayoutInternal(child, childWidth, childHeight, direction, SizingMode.StretchFit,
                                    SizingMode.StretchFit, availableInnerWidth, availableInnerHeight, true, pass, depth);
                            }
                        }
                        break;
                    case Align.Baseline:
                        child.Layout.Position[(int)PhysicalEdge.Top] = currentLead + maxAscent - CalculateBaseline(child)
                            + child.Style.FlexStartPosition(FlexDirection.Column, direction, availableInnerCrossDim);
                        break;
                }
            }
            currentLead = currentLead + leadPerLine + lineHeight;
        }
    }
}
