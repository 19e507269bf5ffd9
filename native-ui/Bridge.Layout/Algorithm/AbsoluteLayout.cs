using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// Absolutely positioned children: CSS Flexbox §4.1 "Absolutely-Positioned Flex Children" and
// CSS Position 3 §4 (insets, containing block = padding box of the nearest positioned ancestor).
// Port of Yoga's AbsoluteLayout.cpp (MIT licence, Meta Platforms).
internal static partial class LayoutAlgorithm
{
    private static bool IncludesPadding(LayoutNode child) =>
        !child.Config.HasErrata(Errata.AbsolutePositionWithoutInsetsExcludesPadding);

    private static void SetFlexStartLayoutPosition(LayoutNode parent, LayoutNode child, Direction direction,
                                                   FlexDirection axis, float containingBlockWidth)
    {
        var edge = (int)FlexStartEdge(axis);
        float position = child.Style.FlexStartMargin(axis, direction, containingBlockWidth) + parent.Layout.Border[edge];
        if (IncludesPadding(child)) position += parent.Layout.Padding[edge];
        child.Layout.Position[edge] = position;
    }

    private static void SetFlexEndLayoutPosition(LayoutNode parent, LayoutNode child, Direction direction,
                                                 FlexDirection axis, float containingBlockWidth)
    {
        var endEdge = (int)FlexEndEdge(axis);
        float flexEndPosition = parent.Layout.Border[endEdge] + child.Style.FlexEndMargin(axis, direction, containingBlockWidth);
        if (IncludesPadding(child)) flexEndPosition += parent.Layout.Padding[endEdge];
        child.Layout.Position[(int)FlexStartEdge(axis)] = PositionOfOppositeEdge(flexEndPosition, axis, parent, child);
    }

    private static void SetCenterLayoutPosition(LayoutNode parent, LayoutNode child, Direction direction,
                                                FlexDirection axis, float containingBlockWidth)
    {
        int dim = Dim(axis);
        int startEdge = (int)FlexStartEdge(axis);
        int endEdge = (int)FlexEndEdge(axis);
        float parentContentBoxSize = parent.Layout.MeasuredDimensions[dim] - parent.Layout.Border[startEdge] - parent.Layout.Border[endEdge];
        if (IncludesPadding(child))
            parentContentBoxSize -= parent.Layout.Padding[startEdge] + parent.Layout.Padding[endEdge];
        float childOuterSize = child.Layout.MeasuredDimensions[dim] + child.Style.MarginForAxis(axis, containingBlockWidth);
        float position = (parentContentBoxSize - childOuterSize) / 2.0f + parent.Layout.Border[startEdge]
                         + child.Style.FlexStartMargin(axis, direction, containingBlockWidth);
        if (IncludesPadding(child)) position += parent.Layout.Padding[startEdge];
        child.Layout.Position[startEdge] = position;
    }

    private static void JustifyAbsoluteChild(LayoutNode parent, LayoutNode child, Direction direction,
                                             FlexDirection mainAxis, float containingBlockWidth)
    {
        switch (parent.Style.JustifyContent)
        {
            case Justify.FlexStart:
            case Justify.SpaceBetween:
                SetFlexStartLayoutPosition(parent, child, direction, mainAxis, containingBlockWidth);
                break;
            case Justify.FlexEnd:
                SetFlexEndLayoutPosition(parent, child, direction, mainAxis, containingBlockWidth);
                break;
            default:
                SetCenterLayoutPosition(parent, child, direction, mainAxis, containingBlockWidth);
                break;
        }
    }

    private static void AlignAbsoluteChild(LayoutNode parent, LayoutNode child, Direction direction,
                                           FlexDirection crossAxis, float containingBlockWidth)
    {
        var itemAlign = ResolveChildAlignment(parent, child);
        if (parent.Style.FlexWrap == Wrap.WrapReverse)
        {
            if (itemAlign == Align.FlexEnd) itemAlign = Align.FlexStart;
            else if (itemAlign != Align.Center) itemAlign = Align.FlexEnd;
        }
        switch (itemAlign)
        {
            case Align.FlexEnd:
                SetFlexEndLayoutPosition(parent, child, direction, crossAxis, containingBlockWidth);
                break;
            case Align.Center:
                SetCenterLayoutPosition(parent, child, direction, crossAxis, containingBlockWidth);
                break;
            default:
                SetFlexStartLayoutPosition(parent, child, direction, crossAxis, containingBlockWidth);
                break;
        }
    }

    /// <summary>Positions an absolute child on one axis: by its insets if set, else by the parent's justify/align.</summary>
    private static void PositionAbsoluteChild(LayoutNode containingNode, LayoutNode parent, LayoutNode child, Direction direction,
        FlexDirection axis, bool isMainAxis, float containingBlockWidth, float containingBlockHeight)
    {
        float containingBlockSize = IsRow(axis) ? containingBlockWidth : containingBlockHeight;
        var style = child.Style;
        int dim = Dim(axis);
        // The inline-start inset wins over the end inset; positions are written on the flex-start edge.
        if (style.IsInlineStartPositionDefined(axis, direction) && !style.IsInlineStartPositionAuto(axis, direction))
        {
            float relativeToInlineStart = style.InlineStartPosition(axis, direction, containingBlockSize)
                + containingNode.Style.InlineStartBorder(axis, direction)
                + style.InlineStartMargin(axis, direction, containingBlockSize);
            float relativeToFlexStart = InlineStartEdge(axis, direction) != FlexStartEdge(axis)
                ? PositionOfOppositeEdge(relativeToInlineStart, axis, containingNode, child)
                : relativeToInlineStart;
            child.Layout.Position[(int)FlexStartEdge(axis)] = relativeToFlexStart;
        }
        else if (style.IsInlineEndPositionDefined(axis, direction) && !style.IsInlineEndPositionAuto(axis, direction))
        {
            float relativeToInlineStart = containingNode.Layout.MeasuredDimensions[dim] - child.Layout.MeasuredDimensions[dim]
                - containingNode.Style.InlineEndBorder(axis, direction)
                - style.InlineEndMargin(axis, direction, containingBlockSize)
                - style.InlineEndPosition(axis, direction, containingBlockSize);
            float relativeToFlexStart = InlineStartEdge(axis, direction) != FlexStartEdge(axis)
                ? PositionOfOppositeEdge(relativeToInlineStart, axis, containingNode, child)
                : relativeToInlineStart;
            child.Layout.Position[(int)FlexStartEdge(axis)] = relativeToFlexStart;
        }
        else if (isMainAxis)
        {
            JustifyAbsoluteChild(parent, child, direction, axis, containingBlockWidth);
        }
        else
        {
            AlignAbsoluteChild(parent, child, direction, axis, containingBlockWidth);
        }
    }

    private static void LayoutAbsoluteChild(LayoutNode containingNode, LayoutNode node, LayoutNode child,
        float containingBlockWidth, float containingBlockHeight, SizingMode widthMode, Direction direction,
        LayoutPass pass, int depth)
    {
        var mainAxis = Resolve(node.Style.FlexDirection, direction);
        var crossAxis = Cross(mainAxis, direction);
        bool isMainAxisRow = IsRow(mainAxis);
        float childWidth = float.NaN;
        float childHeight = float.NaN;
        var style = child.Style;
        float marginRow = style.MarginForAxis(FlexDirection.Row, containingBlockWidth);
        float marginColumn = style.MarginForAxis(FlexDirection.Column, containingBlockWidth);

        if (child.HasDefiniteLength(Width, containingBlockWidth))
        {
            childWidth = child.GetResolvedDimension(direction, Width, containingBlockWidth, containingBlockWidth) + marginRow;
        }
        else if (style.IsFlexStartPositionDefined(FlexDirection.Row, direction) && style.IsFlexEndPositionDefined(FlexDirection.Row, direction)
                 && !style.IsFlexStartPositionAuto(FlexDirection.Row, direction) && !style.IsFlexEndPositionAuto(FlexDirection.Row, direction))
        {
            // Without a width, both horizontal insets define it.
            childWidth = containingNode.Layout.MeasuredDimensions[Width]
                - (containingNode.Style.FlexStartBorder(FlexDirection.Row, direction) + containingNode.Style.FlexEndBorder(FlexDirection.Row, direction))
                - (style.FlexStartPosition(FlexDirection.Row, direction, containingBlockWidth) + style.FlexEndPosition(FlexDirection.Row, direction, containingBlockWidth));
            childWidth = BoundAxis(child, FlexDirection.Row, direction, childWidth, containingBlockWidth, containingBlockWidth);
        }

        if (child.HasDefiniteLength(Height, containingBlockHeight))
        {
            childHeight = child.GetResolvedDimension(direction, Height, containingBlockHeight, containingBlockWidth) + marginColumn;
        }
        else if (style.IsFlexStartPositionDefined(FlexDirection.Column, direction) && style.IsFlexEndPositionDefined(FlexDirection.Column, direction)
                 && !style.IsFlexStartPositionAuto(FlexDirection.Column, direction) && !style.IsFlexEndPositionAuto(FlexDirection.Column, direction))
        {
            // Without a height, both vertical insets define it.
            childHeight = containingNode.Layout.MeasuredDimensions[Height]
                - (containingNode.Style.FlexStartBorder(FlexDirection.Column, direction) + containingNode.Style.FlexEndBorder(FlexDirection.Column, direction))
                - (style.FlexStartPosition(FlexDirection.Column, direction, containingBlockHeight) + style.FlexEndPosition(FlexDirection.Column, direction, containingBlockHeight));
            childHeight = BoundAxis(child, FlexDirection.Column, direction, childHeight, containingBlockHeight, containingBlockWidth);
        }

        // With exactly one dimension known, the aspect ratio gives the other.
        float aspectRatio = style.AspectRatio;
        if (float.IsNaN(childWidth) ^ float.IsNaN(childHeight) && !float.IsNaN(aspectRatio))
        {
            if (float.IsNaN(childWidth)) childWidth = marginRow + (childHeight - marginColumn) * aspectRatio;
            else childHeight = marginColumn + (childWidth - marginRow) / aspectRatio;
        }

        // Still missing a dimension: measure the content.
        if (float.IsNaN(childWidth) || float.IsNaN(childHeight))
        {
            var childWidthMode = float.IsNaN(childWidth) ? SizingMode.MaxContent : SizingMode.StretchFit;
            var childHeightMode = float.IsNaN(childHeight) ? SizingMode.MaxContent : SizingMode.StretchFit;

            // Constrain the child to the owner's width so that text can wrap, as browsers do.
            if (!isMainAxisRow && float.IsNaN(childWidth) && widthMode != SizingMode.MaxContent
                && !float.IsNaN(containingBlockWidth) && containingBlockWidth > 0)
            {
                childWidth = containingBlockWidth;
                childWidthMode = SizingMode.FitContent;
            }

            CalculateLayoutInternal(child, childWidth, childHeight, direction, childWidthMode, childHeightMode,
                                    containingBlockWidth, containingBlockHeight, false, pass, depth);
            childWidth = child.Layout.MeasuredDimensions[Width] + style.MarginForAxis(FlexDirection.Row, containingBlockWidth);
            childHeight = child.Layout.MeasuredDimensions[Height] + style.MarginForAxis(FlexDirection.Column, containingBlockWidth);
        }

        CalculateLayoutInternal(child, childWidth, childHeight, direction, SizingMode.StretchFit, SizingMode.StretchFit,
                                containingBlockWidth, containingBlockHeight, true, pass, depth);

        PositionAbsoluteChild(containingNode, node, child, direction, mainAxis, true, containingBlockWidth, containingBlockHeight);
        PositionAbsoluteChild(containingNode, node, child, direction, crossAxis, false, containingBlockWidth, containingBlockHeight);
    }

    /// <summary>Lays out the absolute descendants whose containing block is <paramref name="containingNode"/>, through static children.</summary>
    private static bool LayoutAbsoluteDescendants(LayoutNode containingNode, LayoutNode currentNode, SizingMode widthMode,
        Direction currentNodeDirection, LayoutPass pass, int currentDepth, float currentNodeLeftOffset, float currentNodeTopOffset,
        float containingNodeAvailableInnerWidth, float containingNodeAvailableInnerHeight)
    {
        bool hasNewLayout = false;
        var children = currentNode.LayoutChildren;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Style.Display == Display.None) continue;
            if (child.Style.PositionType == PositionType.Absolute)
            {
                bool absoluteErrata = currentNode.Config.HasErrata(Errata.AbsolutePercentAgainstInnerSize);
                float containingBlockWidth = absoluteErrata
                    ? containingNodeAvailableInnerWidth
                    : containingNode.Layout.MeasuredDimensions[Width] - containingNode.Style.BorderForAxis(FlexDirection.Row);
                float containingBlockHeight = absoluteErrata
                    ? containingNodeAvailableInnerHeight
                    : containingNode.Layout.MeasuredDimensions[Height] - containingNode.Style.BorderForAxis(FlexDirection.Column);

                LayoutAbsoluteChild(containingNode, currentNode, child, containingBlockWidth, containingBlockHeight,
                                    widthMode, currentNodeDirection, pass, currentDepth);
                hasNewLayout = hasNewLayout || child.HasNewLayout;

                // The position is on the parent's flex-start edge and, with insets, relative to the containing
                // block: make it relative to the parent.
                var parentMainAxis = Resolve(currentNode.Style.FlexDirection, currentNodeDirection);
                var parentCrossAxis = Cross(parentMainAxis, currentNodeDirection);
                if (NeedsTrailingPosition(parentMainAxis))
                {
                    bool mainInsetsDefined = IsRow(parentMainAxis) ? child.Style.HorizontalInsetsDefined : child.Style.VerticalInsetsDefined;
                    SetChildTrailingPosition(mainInsetsDefined ? containingNode : currentNode, child, parentMainAxis);
                }
                if (NeedsTrailingPosition(parentCrossAxis))
                {
                    bool crossInsetsDefined = IsRow(parentCrossAxis) ? child.Style.HorizontalInsetsDefined : child.Style.VerticalInsetsDefined;
                    SetChildTrailingPosition(crossInsetsDefined ? containingNode : currentNode, child, parentCrossAxis);
                }

                float childLeft = child.Layout.Position[(int)PhysicalEdge.Left];
                float childTop = child.Layout.Position[(int)PhysicalEdge.Top];
                child.Layout.Position[(int)PhysicalEdge.Left] = child.Style.HorizontalInsetsDefined ? childLeft - currentNodeLeftOffset : childLeft;
                child.Layout.Position[(int)PhysicalEdge.Top] = child.Style.VerticalInsetsDefined ? childTop - currentNodeTopOffset : childTop;
                Touch(child, pass);
            }
            else if (child.Style.PositionType == PositionType.Static && !child.AlwaysFormsContainingBlock)
            {
                // Absolute descendants of a static child belong to this containing block.
                CleanupContentsNodesRecursively(child, pass);
                var childDirection = child.ResolveDirection(currentNodeDirection);
                float childLeftOffset = currentNodeLeftOffset + child.Layout.Position[(int)PhysicalEdge.Left];
                float childTopOffset = currentNodeTopOffset + child.Layout.Position[(int)PhysicalEdge.Top];
                hasNewLayout = LayoutAbsoluteDescendants(containingNode, child, widthMode, childDirection, pass, currentDepth + 1,
                    childLeftOffset, childTopOffset, containingNodeAvailableInnerWidth, containingNodeAvailableInnerHeight) || hasNewLayout;
                if (hasNewLayout) child.HasNewLayout = true;
            }
        }
        return hasNewLayout;
    }
}
