namespace Bridge.Interaction.Animation;

/// <summary>The focus effect: a node scales up when it gains focus and back when it loses it, smoothly and interruptibly.</summary>
/// <remarks>A mutable struct meant to live in a component.</remarks>
public struct FocusEffect
{
    /// <summary>The scale of a focused node by default.</summary>
    public const float DefaultFocusedScale = 1.08f;

    /// <summary>The default duration of the scale change.</summary>
    public const float DefaultDurationMs = 150f;

    private AnimatedValue _scale;
    private readonly float _focusedScale;
    private readonly float _durationMs;
    private readonly Easing _easing;

    /// <summary>An effect scaling to <paramref name="focusedScale"/> over <paramref name="durationMs"/> with ease-out.</summary>
    public FocusEffect(float focusedScale = DefaultFocusedScale, float durationMs = DefaultDurationMs)
    {
        if (!(focusedScale > 0) || float.IsInfinity(focusedScale) || !(durationMs >= 0) || float.IsInfinity(durationMs))
        {
            throw new ArgumentOutOfRangeException(nameof(focusedScale),
                $"focus effect needs a finite scale > 0 and a duration >= 0 ms; got scale {focusedScale}, {durationMs} ms");
        }
        _scale = new AnimatedValue(1);
        _focusedScale = focusedScale;
        _durationMs = durationMs;
        _easing = Easing.EaseOut;
    }

    /// <summary>The scale at a time.</summary>
    public readonly float ScaleAt(double nowMs) => _scale.ValueAt(nowMs);

    /// <summary>True while the scale is changing.</summary>
    public readonly bool IsAnimating(double nowMs) => _scale.IsAnimating(nowMs);

    /// <summary>The node gained focus: scale up from wherever the scale is now.</summary>
    public void Focus(double nowMs) => _scale.AnimateTo(_focusedScale, nowMs, _durationMs, _easing);

    /// <summary>The node lost focus: scale back to 1 from wherever the scale is now.</summary>
    public void Blur(double nowMs) => _scale.AnimateTo(1, nowMs, _durationMs, _easing);
}
