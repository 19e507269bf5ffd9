using Bridge.Interaction.Animation;

namespace Bridge.Interaction.Scrolling;

/// <summary>The scroll offset of one scroll container along its axis, animated smoothly towards the offset that reveals focus.</summary>
/// <remarks>
/// A mutable struct meant to live in the container's component. New targets are computed from the offset the scroll
/// is heading to, not the one drawn mid-flight, so quick key presses add up instead of lagging behind.
/// </remarks>
public struct ScrollState
{
    /// <summary>The default duration of a scroll that follows focus.</summary>
    public const float DefaultDurationMs = 200f;

    private AnimatedValue _offset;

    /// <summary>A container at offset zero with a viewport and a content size.</summary>
    public ScrollState(float viewportSize, float contentSize)
    {
        _offset = new AnimatedValue(0);
        Resize(viewportSize, contentSize, 0);
    }

    /// <summary>The container's visible size along the axis.</summary>
    public float ViewportSize { get; private set; }

    /// <summary>The size of the content along the axis.</summary>
    public float ContentSize { get; private set; }

    /// <summary>The offset the scroll is heading to.</summary>
    public readonly float TargetOffset => _offset.Target;

    /// <summary>The offset to draw at a time.</summary>
    public readonly float OffsetAt(double nowMs) => _offset.ValueAt(nowMs);

    /// <summary>True while the offset is moving.</summary>
    public readonly bool IsScrolling(double nowMs) => _offset.IsAnimating(nowMs);

    /// <summary>Takes new sizes after a layout; the offset is clamped (at once) when the content shrank below it.</summary>
    public void Resize(float viewportSize, float contentSize, double nowMs)
    {
        if (!(viewportSize >= 0) || !(contentSize >= 0) || float.IsInfinity(viewportSize) || float.IsInfinity(contentSize))
        {
            throw new ArgumentOutOfRangeException(nameof(viewportSize),
                $"scroll sizes must be finite and >= 0: viewport {viewportSize}, content {contentSize}");
        }
        ViewportSize = viewportSize;
        ContentSize = contentSize;
        var clamped = ScrollMath.Clamp(_offset.Target, viewportSize, contentSize);
        if (clamped != _offset.Target)
        {
            _offset.Set(ScrollMath.Clamp(_offset.ValueAt(nowMs), viewportSize, contentSize));
        }
    }

    /// <summary>Scrolls so that a child [start, start + size) in content coordinates is visible; false when it already is.</summary>
    public bool Reveal(float childStart, float childSize, double nowMs, float margin = 0, ScrollAlign align = ScrollAlign.Nearest,
        float durationMs = DefaultDurationMs)
    {
        var target = ScrollMath.OffsetToReveal(_offset.Target, ViewportSize, ContentSize, childStart, childSize, margin, align);
        if (target == _offset.Target)
        {
            return false;
        }
        _offset.AnimateTo(target, nowMs, durationMs, Easing.EaseOut, keepVelocity: true);
        return true;
    }

    /// <summary>The children to lay out and draw at a time, for children of equal size (see <see cref="VisibleRange.Uniform"/>).</summary>
    public readonly IndexRange VisibleUniform(double nowMs, int count, float leading, float itemSize, float gap, float overscan)
    {
        var offset = OffsetAt(nowMs);
        return VisibleRange.Uniform(count, leading, itemSize, gap, offset, offset + ViewportSize, overscan);
    }
}
