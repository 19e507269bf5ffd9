using Bridge.Interaction.Geometry;

namespace Bridge.Interaction.Animation;

/// <summary>Animates a node's layout box from its old rectangle to its new one; a new layout mid-flight starts from the drawn box.</summary>
/// <remarks>A mutable struct meant to live in a component; an idle transition draws its <see cref="To"/> box.</remarks>
public struct LayoutTransition
{
    private Rect _from;
    private Rect _to;
    private double _startMs;
    private float _durationMs;
    private Easing _easing;

    /// <summary>A transition resting at a box.</summary>
    public LayoutTransition(Rect box)
    {
        _from = box;
        _to = box;
    }

    /// <summary>The box the transition ends at (the current layout).</summary>
    public readonly Rect To => _to;

    /// <summary>The box to draw at a time.</summary>
    public readonly Rect At(double nowMs)
    {
        if (_durationMs <= 0 || nowMs >= _startMs + _durationMs)
        {
            return _to;
        }
        var progress = nowMs <= _startMs ? 0 : (float)((nowMs - _startMs) / _durationMs);
        return _from.Lerp(_to, _easing.Evaluate(progress));
    }

    /// <summary>True while the drawn box differs from the layout box.</summary>
    public readonly bool IsAnimating(double nowMs) => _durationMs > 0 && nowMs < _startMs + _durationMs && _from != _to;

    /// <summary>Takes a new layout box: animates from the box drawn now to it (nothing happens when the box did not change).</summary>
    public void LayoutChanged(Rect box, double nowMs, float durationMs, Easing easing)
    {
        if (!(durationMs >= 0) || float.IsInfinity(durationMs))
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs), durationMs, "a layout transition lasts a finite number of ms >= 0");
        }
        if (box == _to)
        {
            return;
        }
        _from = At(nowMs);
        _to = box;
        _startMs = nowMs;
        _durationMs = durationMs;
        _easing = easing;
    }
}
