using System.Diagnostics.CodeAnalysis;

namespace Bridge.Interaction.Scrolling;

/// <summary>A half-open range of child indices [Start, End).</summary>
public readonly record struct IndexRange(int Start, int End)
{
    /// <summary>How many indices the range holds.</summary>
    public int Count => End - Start;

    /// <summary>True when the range holds no index.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when the index lies in the range.</summary>
    public bool Contains(int index) => index >= Start && index < End;
}

/// <summary>The extents of a container's children along its scroll axis, in content coordinates.</summary>
/// <remarks>Starts and ends must both be non-decreasing with the index, as in a flex line without wrapping.</remarks>
public interface IAxisExtents
{
    /// <summary>The number of children.</summary>
    int Count { get; }

    /// <summary>The start of child <paramref name="index"/> along the axis.</summary>
    float Start(int index);

    /// <summary>The end of child <paramref name="index"/> along the axis.</summary>
    float End(int index);
}

/// <summary>Which children of a scroll container must be laid out and drawn: those overlapping the viewport plus an overscan.</summary>
public static class VisibleRange
{
    /// <summary>The children overlapping [viewStart - overscan, viewEnd + overscan), by binary search (O(log n)).</summary>
    public static IndexRange Compute<TExtents>(TExtents extents, float viewStart, float viewEnd, float overscan = 0)
        where TExtents : IAxisExtents
    {
        CheckWindow(viewStart, viewEnd, overscan);
        var lo = viewStart - overscan;
        var hi = viewEnd + overscan;
        var count = extents.Count;

        // First child that ends after the window's start.
        var a = 0;
        var b = count;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (extents.End(mid) <= lo)
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }
        var first = a;

        // First child (from there) that starts at or after the window's end.
        b = count;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (extents.Start(mid) < hi)
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }
        return new IndexRange(first, a);
    }

    /// <summary>The children overlapping the window, given their starts and ends as spans.</summary>
    public static IndexRange Compute(ReadOnlySpan<float> starts, ReadOnlySpan<float> ends, float viewStart, float viewEnd, float overscan = 0)
    {
        if (starts.Length != ends.Length)
        {
            throw new ArgumentException($"visible range needs one end per start: {starts.Length} starts, {ends.Length} ends", nameof(ends));
        }
        CheckWindow(viewStart, viewEnd, overscan);
        var lo = viewStart - overscan;
        var hi = viewEnd + overscan;
        var first = LowerBound(ends, lo, inclusive: true);
        var last = first + LowerBound(starts[first..], hi, inclusive: false);
        return new IndexRange(first, last);
    }

    /// <summary>The children overlapping the window when every child has the same size (O(1)).</summary>
    /// <param name="count">Number of children.</param>
    /// <param name="leading">Where the first child starts (padding).</param>
    /// <param name="itemSize">Each child's size along the axis.</param>
    /// <param name="gap">Space between children.</param>
    /// <param name="viewStart">The window's start in content coordinates.</param>
    /// <param name="viewEnd">The window's end in content coordinates.</param>
    /// <param name="overscan">Extra room on both sides that is laid out too.</param>
    public static IndexRange Uniform(int count, float leading, float itemSize, float gap, float viewStart, float viewEnd, float overscan = 0)
    {
        if (count < 0 || !(itemSize > 0) || !(gap >= 0) || !float.IsFinite(leading))
        {
            throw new ArgumentOutOfRangeException(nameof(itemSize),
                $"uniform visible range needs count >= 0, item size > 0, gap >= 0, finite leading; got {count}, {itemSize}, {gap}, {leading}");
        }
        CheckWindow(viewStart, viewEnd, overscan);
        var pitch = itemSize + gap;
        var lo = viewStart - overscan - leading;
        var hi = viewEnd + overscan - leading;
        // Child i spans [i * pitch, i * pitch + itemSize): the first ends after lo, the last starts before hi.
        var first = (int)Math.Clamp(MathF.Floor((lo - itemSize) / pitch) + 1, 0, count);
        var end = (int)Math.Clamp(MathF.Ceiling(hi / pitch), 0, count);
        return new IndexRange(first, Math.Max(first, end));
    }

    /// <summary>Count of leading values that are below (or, when inclusive, at most) the key.</summary>
    private static int LowerBound(ReadOnlySpan<float> values, float key, bool inclusive)
    {
        var a = 0;
        var b = values.Length;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (inclusive ? values[mid] <= key : values[mid] < key)
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }
        return a;
    }

    private static void CheckWindow(float viewStart, float viewEnd, float overscan)
    {
        if (!float.IsFinite(viewStart) || !float.IsFinite(viewEnd) || viewEnd < viewStart || !(overscan >= 0))
        {
            ThrowWindow(viewStart, viewEnd, overscan);
        }
    }

    [DoesNotReturn]
    private static void ThrowWindow(float viewStart, float viewEnd, float overscan) =>
        throw new ArgumentOutOfRangeException(nameof(viewEnd),
            $"visible range needs a finite window with start <= end and overscan >= 0; got [{viewStart}, {viewEnd}) overscan {overscan}");
}
