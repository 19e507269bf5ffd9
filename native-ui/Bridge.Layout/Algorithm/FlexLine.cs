using static Bridge.Layout.FlexAxis;

namespace Bridge.Layout;

/// <summary>One flex line: a range of layout children plus the running numbers of steps 5 to 7 (yoga FlexLine).</summary>
internal struct FlexLine
{
    /// <summary>First layout-child index of the line.</summary>
    public int Start;
    /// <summary>Index one past the last layout child of the line.</summary>
    public int End;
    /// <summary>Number of in-flow items (not absolute, not display:none).</summary>
    public int ItemCount;
    /// <summary>Index of the last in-flow item, or -1.</summary>
    public int LastItem;
    /// <summary>Sum of hypothetical outer main sizes and gaps.</summary>
    public float SizeConsumed;
    public int NumberOfAutoMargins;
    public float TotalFlexGrowFactors;
    public float TotalFlexShrinkScaledFactors;
    public float RemainingFreeSpace;
    public float MainDim;
    public float CrossDim;

    public static bool InFlow(LayoutNode child) =>
        child.Style.Display != Display.None && child.Style.PositionType != PositionType.Absolute;
}

// STEP 4: collect flex items into flex lines. CSS Flexbox §9.3 "Main Size Determination" step 5.
// Port of Yoga's calculateFlexLine (yoga/algorithm/FlexLine.cpp, MIT licence, Meta Platforms).
internal static partial class LayoutAlgorithm
{
    private static FlexLine CalculateFlexLine(LayoutNode node, Direction ownerDirection, float ownerWidth,
                                              float mainAxisOwnerSize, float availableInnerWidth,
                                              float availableInnerMainDim, int start, int lineCount)
    {
        var children = node.LayoutChildren;
        var line = new FlexLine { Start = start, LastItem = -1 };
        float sizeConsumedIncludingMin = 0f;
        var direction = node.ResolveDirection(ownerDirection);
        var mainAxis = Resolve(node.Style.FlexDirection, direction);
        bool isNodeFlexWrap = node.Style.FlexWrap != Wrap.NoWrap;
        float gap = node.Style.GapForAxis(mainAxis, availableInnerMainDim);
        float minMaxAxisSize = node.Config.HasErrata(Errata.FlexItemPercentMinMaxAgainstOwner) ? mainAxisOwnerSize : availableInnerMainDim;

        int end = start;
        for (; end < children.Count; end++)
        {
            var child = children[end];
            if (!FlexLine.InFlow(child)) continue;

            // Yoga counts the auto margins of the item that breaks the line too; kept for conformance.
            if (child.Style.FlexStartMarginIsAuto(mainAxis, ownerDirection)) line.NumberOfAutoMargins++;
            if (child.Style.FlexEndMarginIsAuto(mainAxis, ownerDirection)) line.NumberOfAutoMargins++;
            child.LineIndex = lineCount;
            bool isFirstElementInLine = line.ItemCount == 0;
            float childMarginMainAxis = child.Style.MarginForAxis(mainAxis, availableInnerWidth);
            float childLeadingGap = isFirstElementInLine ? 0f : gap;
            float flexBasisWithMinAndMax = BoundAxisWithinMinAndMax(child, direction, mainAxis,
                child.Layout.ComputedFlexBasis, minMaxAxisSize, ownerWidth);

            // In a multi-line container an item that does not fit starts the next line.
            if (sizeConsumedIncludingMin + flexBasisWithMinAndMax + childMarginMainAxis + childLeadingGap > availableInnerMainDim
                && isNodeFlexWrap && line.ItemCount > 0)
                break;

            sizeConsumedIncludingMin += flexBasisWithMinAndMax + childMarginMainAxis + childLeadingGap;
            line.SizeConsumed += flexBasisWithMinAndMax + childMarginMainAxis + childLeadingGap;

            if (child.IsNodeFlexible())
            {
                line.TotalFlexGrowFactors += child.ResolveFlexGrow();
                // Unlike the grow factor, the shrink factor is scaled relative to the child dimension.
                line.TotalFlexShrinkScaledFactors += -child.ResolveFlexShrink() * child.Layout.ComputedFlexBasis;
            }
            line.ItemCount++;
            line.LastItem = end;
        }

        // The total flex factors are floored to 1.
        if (line.TotalFlexGrowFactors > 0 && line.TotalFlexGrowFactors < 1) line.TotalFlexGrowFactors = 1;
        if (line.TotalFlexShrinkScaledFactors > 0 && line.TotalFlexShrinkScaledFactors < 1) line.TotalFlexShrinkScaledFactors = 1;
        line.End = end;
        return line;
    }
}
