using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

// STEP 3 of the layout: flex base size and hypothetical main size of each item.
// CSS Flexbox §9.2 "Line Length Determination" step 3. Port of Yoga's computeFlexBasisForChild(ren)
// (yoga/algorithm/CalculateLayout.cpp, MIT licence, Meta Platforms).
internal static partial class LayoutAlgorithm
{
    private static void ComputeFlexBasisForChild(LayoutNode node, LayoutNode child, float width, SizingMode widthMode,
                                                 float height, float ownerWidth, float ownerHeight, SizingMode heightMode,
                                                 Direction direction, LayoutPass pass, int depth)
    {
        var mainAxis = Resolve(node.Style.FlexDirection, direction);
        bool isMainAxisRow = IsRow(mainAxis);
        float mainAxisSize = isMainAxisRow ? width : height;
        float mainAxisOwnerSize = isMainAxisRow ? ownerWidth : ownerHeight;

        float childWidth = float.NaN;
        float childHeight = float.NaN;

        float resolvedFlexBasis = child.ResolveFlexBasis(direction, mainAxis, mainAxisOwnerSize, ownerWidth);
        bool isRowStyleDimDefined = child.HasDefiniteLength(Width, ownerWidth);
        bool isColumnStyleDimDefined = child.HasDefiniteLength(Height, ownerHeight);

        if (!float.IsNaN(resolvedFlexBasis) && !float.IsNaN(mainAxisSize))
        {
            if (float.IsNaN(child.Layout.ComputedFlexBasis)
                || ((child.Config.ExperimentalFeatures & ExperimentalFeatures.WebFlexBasis) != 0
                    && child.Layout.ComputedFlexBasisGeneration != pass.Generation))
            {
                float paddingAndBorder = PaddingAndBorderForAxis(child, mainAxis, direction, ownerWidth);
                child.Layout.ComputedFlexBasis = FloatMath.MaxOrDefined(resolvedFlexBasis, paddingAndBorder);
            }
        }
        else if (isMainAxisRow && isRowStyleDimDefined)
        {
            // The width is definite, so use that as the flex basis.
            float paddingAndBorder = PaddingAndBorderForAxis(child, FlexDirection.Row, direction, ownerWidth);
            child.Layout.ComputedFlexBasis = FloatMath.MaxOrDefined(
                child.GetResolvedDimension(direction, Width, ownerWidth, ownerWidth), paddingAndBorder);
        }
        else if (!isMainAxisRow && isColumnStyleDimDefined)
        {
            // The height is definite, so use that as the flex basis.
            float paddingAndBorder = PaddingAndBorderForAxis(child, FlexDirection.Column, direction, ownerWidth);
            child.Layout.ComputedFlexBasis = FloatMath.MaxOrDefined(
                child.GetResolvedDimension(direction, Height, ownerHeight, ownerWidth), paddingAndBorder);
        }
        else
        {
            // Compute the flex basis and hypothetical main size (i.e. the clamped flex basis).
            var childWidthMode = SizingMode.MaxContent;
            var childHeightMode = SizingMode.MaxContent;
            float marginRow = child.Style.MarginForAxis(FlexDirection.Row, ownerWidth);
            float marginColumn = child.Style.MarginForAxis(FlexDirection.Column, ownerWidth);

            if (isRowStyleDimDefined)
            {
                childWidth = child.GetResolvedDimension(direction, Width, ownerWidth, ownerWidth) + marginRow;
                childWidthMode = SizingMode.StretchFit;
            }
            if (isColumnStyleDimDefined)
            {
                childHeight = child.GetResolvedDimension(direction, Height, ownerHeight, ownerWidth) + marginColumn;
                childHeightMode = SizingMode.StretchFit;
            }

            // The spec says nothing about overflow here, but all major browsers behave like this.
            var overflow = node.Style.Overflow;
            if ((!isMainAxisRow && overflow == Overflow.Scroll) || overflow != Overflow.Scroll)
            {
                if (float.IsNaN(childWidth) && !float.IsNaN(width))
                {
                    childWidth = width;
                    childWidthMode = SizingMode.FitContent;
                }
            }
            if ((isMainAxisRow && overflow == Overflow.Scroll) || overflow != Overflow.Scroll)
            {
                if (float.IsNaN(childHeight) && !float.IsNaN(height))
                {
                    childHeight = height;
                    childHeightMode = SizingMode.FitContent;
                }
            }

            float aspectRatio = child.Style.AspectRatio;
            if (!float.IsNaN(aspectRatio))
            {
                if (!isMainAxisRow && childWidthMode == SizingMode.StretchFit)
                {
                    childHeight = marginColumn + (childWidth - marginRow) / aspectRatio;
                    childHeightMode = SizingMode.StretchFit;
                }
                else if (isMainAxisRow && childHeightMode == SizingMode.StretchFit)
                {
                    childWidth = marginRow + (childHeight - marginColumn) * aspectRatio;
                    childWidthMode = SizingMode.StretchFit;
                }
            }

            // A child without a cross size that stretches is measured exactly at the available inner cross size.
            bool hasExactWidth = !float.IsNaN(width) && widthMode == SizingMode.StretchFit;
            bool childWidthStretch = ResolveChildAlignment(node, child) == Align.Stretch && childWidthMode != SizingMode.StretchFit;
            if (!isMainAxisRow && !isRowStyleDimDefined && hasExactWidth && childWidthStretch)
            {
                childWidth = width;
                childWidthMode = SizingMode.StretchFit;
                if (!float.IsNaN(aspectRatio))
                {
                    childHeight = (childWidth - marginRow) / aspectRatio;
                    childHeightMode = SizingMode.StretchFit;
                }
            }

            bool hasExactHeight = !float.IsNaN(height) && heightMode == SizingMode.StretchFit;
            bool childHeightStretch = ResolveChildAlignment(node, child) == Align.Stretch && childHeightMode != SizingMode.StretchFit;
            if (isMainAxisRow && !isColumnStyleDimDefined && hasExactHeight && childHeightStretch)
            {
                childHeight = height;
                childHeightMode = SizingMode.StretchFit;
                if (!float.IsNaN(aspectRatio))
                {
                    childWidth = (childHeight - marginColumn) * aspectRatio;
                    childWidthMode = SizingMode.StretchFit;
                }
            }

            ConstrainMaxSizeForMode(child, direction, FlexDirection.Row, ownerWidth, ownerWidth, ref childWidthMode, ref childWidth);
            ConstrainMaxSizeForMode(child, direction, FlexDirection.Column, ownerHeight, ownerWidth, ref childHeightMode, ref childHeight);

            // Measure the child.
            CalculateLayoutInternal(child, childWidth, childHeight, direction, childWidthMode, childHeightMode,
                                    ownerWidth, ownerHeight, false, pass, depth);

            child.Layout.ComputedFlexBasis = FloatMath.MaxOrDefined(
                child.Layout.MeasuredDimensions[Dim(mainAxis)],
                PaddingAndBorderForAxis(child, mainAxis, direction, ownerWidth));
        }
        child.Layout.ComputedFlexBasisGeneration = pass.Generation;
    }

    private static float ComputeFlexBasisForChildren(LayoutNode node, float availableInnerWidth, float availableInnerHeight,
                                                     SizingMode widthMode, SizingMode heightMode, Direction direction,
                                                     FlexDirection mainAxis, bool performLayout, LayoutPass pass, int depth)
    {
        float totalOuterFlexBasis = 0f;
        LayoutNode? singleFlexChild = null;
        var children = node.LayoutChildren;
        var sizingModeMainDim = IsRow(mainAxis) ? widthMode : heightMode;

        // With exactly one child that can both grow and shrink, its basis can be 0 instead of measuring it.
        if (sizingModeMainDim == SizingMode.StretchFit)
        {
            for (int i = 0; i < children.Count; i++)
            {
                var child = children[i];
                if (!child.IsNodeFlexible()) continue;
                if (singleFlexChild != null || FloatMath.InexactEquals(child.ResolveFlexGrow(), 0f)
                    || FloatMath.InexactEquals(child.ResolveFlexShrink(), 0f))
                {
                    singleFlexChild = null;
                    break;
                }
                singleFlexChild = child;
            }
        }

        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            child.ProcessDimensions();
            if (child.Style.Display == Display.None)
            {
                ZeroOutLayoutRecursively(child, pass);
                child.HasNewLayout = true;
                child.IsDirty = false;
                continue;
            }
            if (performLayout)
            {
                // Set the initial position (relative to the owner).
                child.SetInitialPosition(child.ResolveDirection(direction), availableInnerWidth, availableInnerHeight);
                Touch(child, pass);
            }
            if (child.Style.PositionType == PositionType.Absolute) continue;

            if (ReferenceEquals(child, singleFlexChild))
            {
                child.Layout.ComputedFlexBasisGeneration = pass.Generation;
                child.Layout.ComputedFlexBasis = 0;
            }
            else
            {
                ComputeFlexBasisForChild(node, child, availableInnerWidth, widthMode, availableInnerHeight,
                                         availableInnerWidth, availableInnerHeight, heightMode, direction, pass, depth);
            }
            totalOuterFlexBasis += child.Layout.ComputedFlexBasis + child.Style.MarginForAxis(mainAxis, availableInnerWidth);
        }
        return totalOuterFlexBasis;
    }
}
