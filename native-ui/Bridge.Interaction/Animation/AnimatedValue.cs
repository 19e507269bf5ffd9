namespace Bridge.Interaction.Animation;

/// <summary>A numeric value that animates towards targets; retargeting mid-flight starts from the current value.</summary>
/// <remarks>A mutable struct meant to live inside a component or a field: do not copy it while it animates.</remarks>
public struct AnimatedValue
{
    private Tween _tween;

    /// <summary>A value at rest.</summary>
    public AnimatedValue(float value) => _tween = Tween.Constant(value);

    /// <summary>The running (or last) tween.</summary>
    public readonly Tween Tween => _tween;

    /// <summary>The value the animation ends at.</summary>
    public readonly float Target => _tween.To;

    /// <summary>The value at a time.</summary>
    public readonly float ValueAt(double nowMs) => _tween.ValueAt(nowMs);

    /// <summary>True while the value has not reached its target.</summary>
    public readonly bool IsAnimating(double nowMs) => !_tween.IsFinished(nowMs);

    /// <summary>Animates from the value at <paramref name="nowMs"/> to a new target.</summary>
    /// <param name="to">The new target.</param>
    /// <param name="nowMs">The time of the change.</param>
    /// <param name="durationMs">How long the move takes.</param>
    /// <param name="easing">The timing function (ignored when velocity is kept and non-zero).</param>
    /// <param name="delayMs">Wait before moving; the value holds still meanwhile.</param>
    /// <param name="keepVelocity">Carry the current velocity into the new move instead of starting at rest.</param>
    public void AnimateTo(float to, double nowMs, float durationMs, Easing easing, float delayMs = 0, bool keepVelocity = false)
    {
        var from = _tween.ValueAt(nowMs);
        var velocity = keepVelocity && delayMs == 0 ? _tween.VelocityAt(nowMs) : 0;
        _tween = Tween.Create(from, to, nowMs, durationMs, easing, delayMs, velocity);
    }

    /// <summary>Jumps to a value with no animation.</summary>
    public void Set(float value) => _tween = Tween.Constant(value);
}
