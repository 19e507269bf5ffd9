using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Focus;

/// <summary>Norigin Spatial Navigation's candidate priority: lower is better.</summary>
/// <remarks>
/// Follows <c>sortSiblingsByPriority</c> of Norigin-Spatial-Navigation: the reference edge is the current box's edge
/// facing the direction of travel, a candidate's is its edge facing back; a candidate overlapping the reference by at
/// least 20% of the reference's size across the direction is in the adjacent slice. Adjacent candidates score
/// (5 × primary + secondary + 1) / 5; diagonal ones swap the axes and score 5 × secondary + primary + 1.
/// </remarks>
internal static class CandidateScoring
{
    private const float AdjacentSliceThreshold = 0.2f;
    private const float AdjacentSliceWeight = 5f;
    private const float MainCoordinateWeight = 5f;

    /// <summary>Slack for layout rounding when testing whether a candidate lies beyond the reference.</summary>
    public const float CutoffTolerance = 0.5f;

    /// <summary>True when the candidate lies entirely beyond the reference's edge in the direction of travel.</summary>
    public static bool IsBeyond(Rect reference, Rect candidate, Direction direction)
    {
        var vertical = direction.IsVertical();
        return direction.IsIncreasing()
            ? candidate.Start(vertical) >= reference.End(vertical) - CutoffTolerance
            : candidate.End(vertical) <= reference.Start(vertical) + CutoffTolerance;
    }

    /// <summary>
    /// False when a container ends (in the direction of travel) within a pixel of the reference's far edge, so that no
    /// box at least 1 px thick inside it can lie beyond the reference.
    /// </summary>
    public static bool ReachesBeyond(Rect reference, Rect container, Direction direction)
    {
        var vertical = direction.IsVertical();
        return direction.IsIncreasing()
            ? container.End(vertical) > reference.End(vertical) + 2 * CutoffTolerance
            : container.Start(vertical) < reference.Start(vertical) - 2 * CutoffTolerance;
    }

    /// <summary>The priority of a candidate relative to the reference; lower is better.</summary>
    public static float Score(Rect reference, Rect candidate, Direction direction, DistanceMeasure measure, out bool adjacent)
    {
        var vertical = direction.IsVertical();
        // Primary axis: the reference's leading edge against the candidate's trailing edge.
        var refEdge = direction.IsIncreasing() ? reference.End(vertical) : reference.Start(vertical);
        var candEdge = direction.IsIncreasing() ? candidate.Start(vertical) : candidate.End(vertical);
        var primary = MathF.Abs(candEdge - refEdge);

        // Secondary axis: the extents across the direction of travel.
        var refA = reference.Start(!vertical);
        var refB = reference.End(!vertical);
        var candA = candidate.Start(!vertical);
        var candB = candidate.End(!vertical);
        var secondary = SecondaryDistance(refA, refB, candA, candB, measure);

        var intersection = MathF.Max(0, MathF.Min(refB, candB) - MathF.Max(refA, candA));
        adjacent = intersection >= (refB - refA) * AdjacentSliceThreshold;
        return adjacent
            ? (primary * MainCoordinateWeight + secondary + 1) / AdjacentSliceWeight
            : secondary * MainCoordinateWeight + primary + 1;
    }

    /// <summary>
    /// A lower bound of <see cref="Score"/> for any candidate whose extent along an axis is separated from the
    /// reference's by <paramref name="gap"/>, whichever the direction and measure.
    /// </summary>
    /// <remarks>
    /// Along the direction of travel the primary distance is at least the gap, so both formulas are at least the gap;
    /// across it every measure's secondary distance is at least the gap, so the adjacent formula is at least gap / 5.
    /// </remarks>
    public static float LowerBound(float gap) => gap / AdjacentSliceWeight;

    private static float SecondaryDistance(float refA, float refB, float candA, float candB, DistanceMeasure measure)
    {
        switch (measure)
        {
            case DistanceMeasure.Center:
                return MathF.Abs((candA + candB) * 0.5f - (refA + refB) * 0.5f);
            case DistanceMeasure.Edges:
                return MathF.Max(0, MathF.Max(candA - refB, refA - candB));
            default:
                var d = MathF.Min(MathF.Abs(candA - refA), MathF.Abs(candA - refB));
                d = MathF.Min(d, MathF.Abs(candB - refA));
                return MathF.Min(d, MathF.Abs(candB - refB));
        }
    }
}
