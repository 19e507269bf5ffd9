using System.Diagnostics.CodeAnalysis;

namespace Bridge.Interaction.Scrolling;

/// <summary>Where a scroll container puts a revealed child.</summary>
public enum ScrollAlign : byte
{
    /// <summary>Scroll as little as possible to bring the child (with its margin) into view.</summary>
    Nearest = 0,
    /// <summary>Centre the child in the viewport (as far as the content allows).</summary>
    Center = 1,
    /// <summary>Put the child at the viewport's start, after the margin.</summary>
    Start = 2,
}

/// <summary>Scroll offsets along one axis, in content coordinates (offset 0 shows the content's start).</summary>
public static class ScrollMath
{
    /// <summary>The largest offset: content size minus viewport size, never below zero.</summary>
    public static float MaxOffset(float viewportSize, float contentSize) => MathF.Max(0, contentSize - viewportSize);

    /// <summary>An offset clamped to [0, <see cref="MaxOffset"/>].</summary>
    public static float Clamp(float offset, float viewportSize, float contentSize) =>
        Math.Clamp(offset, 0, MaxOffset(viewportSize, contentSize));

    /// <summary>The offset that keeps the child [start, start + size) inside the viewport with a margin, clamped to the content.</summary>
    /// <param name="offset">The current offset.</param>
    /// <param name="viewportSize">The container's visible size along the axis.</param>
    /// <param name="contentSize">The size of all the content along the axis.</param>
    /// <param name="childStart">The child's start in content coordinates.</param>
    /// <param name="childSize">The child's size along the axis.</param>
    /// <param name="margin">Room kept between the child and the viewport's edges (a peek at the neighbours).</param>
    /// <param name="align">Where the child goes.</param>
    public static float OffsetToReveal(float offset, float viewportSize, float contentSize, float childStart, float childSize,
        float margin = 0, ScrollAlign align = ScrollAlign.Nearest)
    {
        CheckSize(viewportSize, nameof(viewportSize));
        CheckSize(contentSize, nameof(contentSize));
        CheckSize(childSize, nameof(childSize));
        CheckSize(margin, nameof(margin));
        if (!float.IsFinite(offset) || !float.IsFinite(childStart))
        {
            ThrowBad(float.IsFinite(offset) ? nameof(childStart) : nameof(offset), float.IsFinite(offset) ? childStart : offset);
        }

        // A margin that leaves no room for the child shrinks to what fits.
        margin = MathF.Min(margin, MathF.Max(0, (viewportSize - childSize) * 0.5f));
        float target;
        switch (align)
        {
            case ScrollAlign.Center:
                target = childStart + childSize * 0.5f - viewportSize * 0.5f;
                break;
            case ScrollAlign.Start:
                target = childStart - margin;
                break;
            default:
                var childEnd = childStart + childSize;
                if (childSize + 2 * margin > viewportSize || childStart - margin < offset)
                {
                    // Too big to fit, or hidden before the start: align its start.
                    target = childStart - margin;
                }
                else if (childEnd + margin > offset + viewportSize)
                {
                    target = childEnd + margin - viewportSize;
                }
                else
                {
                    target = offset;
                }
                break;
        }
        return Clamp(target, viewportSize, contentSize);
    }

    private static void CheckSize(float value, string name)
    {
        if (!(value >= 0) || float.IsInfinity(value))
        {
            ThrowBad(name, value);
        }
    }

    [DoesNotReturn]
    private static void ThrowBad(string name, float value) =>
        throw new ArgumentOutOfRangeException(name, value, $"scroll {name} must be a finite number (sizes >= 0), got {value}");
}
