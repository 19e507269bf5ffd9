namespace Bridge.Layout;

// The measurement cache and the entry of every recursive layout call.
// Port of Yoga's Cache.cpp and calculateLayoutInternal (MIT licence, Meta Platforms).
internal static partial class LayoutAlgorithm
{
    private static bool SizeIsExactAndMatchesOldMeasuredSize(SizingMode mode, float size, float lastComputedSize) =>
        mode == SizingMode.StretchFit && FloatMath.InexactEquals(size, lastComputedSize);

    private static bool OldSizeIsMaxContentAndStillFits(SizingMode mode, float size, SizingMode lastMode, float lastComputedSize) =>
        mode == SizingMode.FitContent && lastMode == SizingMode.MaxContent
        && (size >= lastComputedSize || FloatMath.InexactEquals(size, lastComputedSize));

    private static bool NewSizeIsStricterAndStillValid(SizingMode mode, float size, SizingMode lastMode, float lastSize, float lastComputedSize) =>
        lastMode == SizingMode.FitContent && mode == SizingMode.FitContent
        && !float.IsNaN(lastSize) && !float.IsNaN(size) && !float.IsNaN(lastComputedSize)
        && lastSize > size && (lastComputedSize <= size || FloatMath.InexactEquals(size, lastComputedSize));

    /// <summary>Whether a measured leaf's cached size answers a new request (canUseCachedMeasurement).</summary>
    private static bool CanUseCachedMeasurement(SizingMode widthMode, float availableWidth, SizingMode heightMode,
        float availableHeight, in CachedMeasurement last, float marginRow, float marginColumn, float pointScaleFactor)
    {
        if ((!float.IsNaN(last.ComputedHeight) && last.ComputedHeight < 0) || (!float.IsNaN(last.ComputedWidth) && last.ComputedWidth < 0))
            return false;

        bool useRounded = pointScaleFactor != 0;
        float effectiveWidth = useRounded ? PixelGrid.RoundValue(availableWidth, pointScaleFactor, false, false) : availableWidth;
        float effectiveHeight = useRounded ? PixelGrid.RoundValue(availableHeight, pointScaleFactor, false, false) : availableHeight;
        float effectiveLastWidth = useRounded ? PixelGrid.RoundValue(last.AvailableWidth, pointScaleFactor, false, false) : last.AvailableWidth;
        float effectiveLastHeight = useRounded ? PixelGrid.RoundValue(last.AvailableHeight, pointScaleFactor, false, false) : last.AvailableHeight;

        bool hasSameWidthSpec = last.WidthMode == widthMode && FloatMath.InexactEquals(effectiveLastWidth, effectiveWidth);
        bool hasSameHeightSpec = last.HeightMode == heightMode && FloatMath.InexactEquals(effectiveLastHeight, effectiveHeight);

        bool widthIsCompatible = hasSameWidthSpec
            || SizeIsExactAndMatchesOldMeasuredSize(widthMode, availableWidth - marginRow, last.ComputedWidth)
            || OldSizeIsMaxContentAndStillFits(widthMode, availableWidth - marginRow, last.WidthMode, last.ComputedWidth)
            || NewSizeIsStricterAndStillValid(widthMode, availableWidth - marginRow, last.WidthMode, last.AvailableWidth - marginRow, last.ComputedWidth);
        bool heightIsCompatible = hasSameHeightSpec
            || SizeIsExactAndMatchesOldMeasuredSize(heightMode, availableHeight - marginColumn, last.ComputedHeight)
            || OldSizeIsMaxContentAndStillFits(heightMode, availableHeight - marginColumn, last.HeightMode, last.ComputedHeight)
            || NewSizeIsStricterAndStillValid(heightMode, availableHeight - marginColumn, last.HeightMode, last.AvailableHeight - marginColumn, last.ComputedHeight);
        return widthIsCompatible && heightIsCompatible;
    }

    private static bool SameRequest(in CachedMeasurement c, float availableWidth, float availableHeight, SizingMode wm, SizingMode hm) =>
        FloatMath.InexactEquals(c.AvailableWidth, availableWidth) && FloatMath.InexactEquals(c.AvailableHeight, availableHeight)
        && c.WidthMode == wm && c.HeightMode == hm;

    /// <summary>Lays out or measures a node unless a cached result for the same constraints exists; returns whether work was done.</summary>
    public static bool CalculateLayoutInternal(LayoutNode node, float availableWidth, float availableHeight, Direction ownerDirection,
        SizingMode widthMode, SizingMode heightMode, float ownerWidth, float ownerHeight, bool performLayout, LayoutPass pass, int depth)
    {
        ref var layout = ref node.Layout;
        depth++;
        bool needToVisitNode = (node.IsDirty && layout.GenerationCount != pass.Generation)
                               || layout.ConfigVersion != node.Config.Version
                               || layout.LastOwnerDirection != ownerDirection;
        if (needToVisitNode)
        {
            // Invalidate the cached results.
            layout.NextCachedMeasurementsIndex = 0;
            layout.CachedLayout = CachedMeasurement.Empty;
        }

        // Layouts and measurements are cached apart: a layout writes positions, a measurement only sizes.
        int cachedIndex = -2; // -2 none, -1 the layout slot, >= 0 a measurement slot
        if (node.IsMeasured)
        {
            float marginAxisRow = node.Style.MarginForAxis(FlexDirection.Row, ownerWidth);
            float marginAxisColumn = node.Style.MarginForAxis(FlexDirection.Column, ownerWidth);
            float scale = node.Config.PointScaleFactor;
            if (CanUseCachedMeasurement(widthMode, availableWidth, heightMode, availableHeight, layout.CachedLayout, marginAxisRow, marginAxisColumn, scale))
            {
                cachedIndex = -1;
            }
            else
            {
                for (int i = 0; i < layout.NextCachedMeasurementsIndex; i++)
                {
                    if (CanUseCachedMeasurement(widthMode, availableWidth, heightMode, availableHeight, layout.CachedMeasurements![i],
                                                marginAxisRow, marginAxisColumn, scale))
                    {
                        cachedIndex = i;
                        break;
                    }
                }
            }
        }
        else if (performLayout)
        {
            if (SameRequest(layout.CachedLayout, availableWidth, availableHeight, widthMode, heightMode)) cachedIndex = -1;
        }
        else
        {
            for (int i = 0; i < layout.NextCachedMeasurementsIndex; i++)
            {
                if (SameRequest(layout.CachedMeasurements![i], availableWidth, availableHeight, widthMode, heightMode))
                {
                    cachedIndex = i;
                    break;
                }
            }
        }

        if (!needToVisitNode && cachedIndex != -2)
        {
            ref var cached = ref cachedIndex == -1 ? ref layout.CachedLayout : ref layout.CachedMeasurements![cachedIndex];
            layout.MeasuredDimensions[0] = cached.ComputedWidth;
            layout.MeasuredDimensions[1] = cached.ComputedHeight;
            if (performLayout) pass.CachedLayouts++; else pass.CachedMeasures++;
        }
        else
        {
            CalculateLayoutImpl(node, availableWidth, availableHeight, ownerDirection, widthMode, heightMode,
                                ownerWidth, ownerHeight, performLayout, pass, depth);
            layout.LastOwnerDirection = ownerDirection;
            layout.ConfigVersion = node.Config.Version;

            if (cachedIndex == -2)
            {
                if (layout.NextCachedMeasurementsIndex == LayoutResults.MaxCachedMeasurements)
                    layout.NextCachedMeasurementsIndex = 0;
                if (!performLayout) layout.CachedMeasurements ??= new CachedMeasurement[LayoutResults.MaxCachedMeasurements];
                ref var entry = ref performLayout
                    ? ref layout.CachedLayout
                    : ref layout.CachedMeasurements![layout.NextCachedMeasurementsIndex++];
                entry.AvailableWidth = availableWidth;
                entry.AvailableHeight = availableHeight;
                entry.WidthMode = widthMode;
                entry.HeightMode = heightMode;
                entry.ComputedWidth = layout.MeasuredDimensions[0];
                entry.ComputedHeight = layout.MeasuredDimensions[1];
            }
        }

        if (performLayout)
        {
            layout.Dimensions[0] = layout.MeasuredDimensions[0];
            layout.Dimensions[1] = layout.MeasuredDimensions[1];
            node.HasNewLayout = true;
            node.IsDirty = false;
            Touch(node, pass);
        }
        layout.GenerationCount = pass.Generation;
        return needToVisitNode || cachedIndex == -2;
    }

    /// <summary>Records that a node's layout was written in this pass, so pixel rounding revisits its path.</summary>
    private static void Touch(LayoutNode node, LayoutPass pass)
    {
        for (var n = node; n != null && n.TouchedGeneration != pass.Generation; n = n.Parent)
            n.TouchedGeneration = pass.Generation;
    }
}
