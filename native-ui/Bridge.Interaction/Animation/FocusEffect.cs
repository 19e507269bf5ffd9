namespace Bridge.Interaction.Animation;

/// <summary>The focus effect: a node scales up when it gains focus and back when it loses it, smoothly and interruptibly.</summary>
/// <remarks>A mutable struct meant to live in a component; <c>default</c> behaves as the default effect (1.08, 150 ms).</remarks>
public struct FocusEffect
{
    /// <summary>The scale of a focused node by default.</summary>
    public const float DefaultFocusedScale = 1.08f;

    /// <summary>The default duration of the scale change.</summary>
    public const float DefaultDurationMs = 150f;

    // Animates scale - 1, so that a default-initialized effect rests at scale 1.
    private AnimatedValue _extra;
    private readonly float _focusedScale;
    private readonly float _durationMs;
    private readonly bool _configured;
    private readonly Easing _easing;

    /// <summary>An effect scaling to <paramref name="focusedScale"/> over <paramref name="durationMs"/> with ease-out.</summary>
    public FocusEffect(float focusedScale = DefaultFocusedScale, float durationMs = DefaultDurationMs)
        : this(focusedScale, durationMs, Easing.EaseOut)
    {
    }

    /// <summary>An effect scaling to <paramref name="focusedScale"/> over <paramref name="durationMs"/> with a given easing.</summary>
    public FocusEffect(float focusedScale, float durationMs, Easing easing)
    {
        if (!(focusedScale > 0) || float.IsInfinity(focusedScale) || !(durationMs >= 0) || float.IsInfinity(durationMs))
        {
            throw new ArgumentOutOfRangeException(nameof(focusedScale),
                $"focus effect needs a finite scale > 0 and a duration >= 0 ms; got scale {focusedScale}, {durationMs} ms");
        }
        _extra = new AnimatedValue(0);
        _focusedScale = focusedScale;
        _durationMs = durationMs;
        _configured = true;
        _easing = easing;
    }

    /// <summary>The scale of the node while focused.</summary>
    public readonly float FocusedScale => _configured ? _focusedScale : DefaultFocusedScale;

    /// <summary>How long the scale change takes.</summary>
    public readonly float DurationMs => _configured ? _durationMs : DefaultDurationMs;

    /// <summary>The scale at a time.</summary>
    public readonly float ScaleAt(double nowMs) => 1 + _extra.ValueAt(nowMs);

    /// <summary>True while the scale is changing.</summary>
    public readonly bool IsAnimating(double nowMs) => _extra.IsAnimating(nowMs);

    /// <summary>The node gained focus: scale up from wherever the scale is now.</summary>
    public void Focus(double nowMs) => _extra.AnimateTo(FocusedScale - 1, nowMs, DurationMs, _configured ? _easing : Easing.EaseOut);

    /// <summary>The node lost focus: scale back to 1 from wherever the scale is now.</summary>
    public void Blur(double nowMs) => _extra.AnimateTo(0, nowMs, DurationMs, _configured ? _easing : Easing.EaseOut);
}
