namespace Bridge.Interaction.Animation;

/// <summary>One numeric animation from a value to another over a duration, after a delay, on a millisecond clock.</summary>
/// <remarks>
/// With a non-zero <see cref="StartVelocity"/> the curve is a cubic Hermite segment that leaves <see cref="From"/> at
/// that velocity and arrives at <see cref="To"/> at rest (the easing is then unused); this keeps motion smooth when an
/// animation is interrupted and retargeted mid-flight.
/// </remarks>
public readonly record struct Tween(float From, float To, double StartMs, float DelayMs, float DurationMs, Easing Easing, float StartVelocity = 0)
{
    /// <summary>A tween that rests at a value.</summary>
    public static Tween Constant(float value) => new(value, value, 0, 0, 0, Easing.Linear);

    /// <summary>Creates a tween, checking that the times are finite and not negative.</summary>
    public static Tween Create(float from, float to, double startMs, float durationMs, Easing easing, float delayMs = 0, float startVelocity = 0)
    {
        if (!(durationMs >= 0) || !(delayMs >= 0) || float.IsInfinity(durationMs) || float.IsInfinity(delayMs) || !double.IsFinite(startMs))
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs),
                $"tween times must be finite and >= 0: duration {durationMs} ms, delay {delayMs} ms, start {startMs} ms");
        }
        if (!float.IsFinite(from) || !float.IsFinite(to) || !float.IsFinite(startVelocity))
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"tween values must be finite: from {from} to {to}, velocity {startVelocity}");
        }
        return new Tween(from, to, startMs, delayMs, durationMs, easing, startVelocity);
    }

    /// <summary>The time at which the tween reaches <see cref="To"/>.</summary>
    public double EndMs => StartMs + DelayMs + DurationMs;

    /// <summary>Linear progress in [0, 1] at a time.</summary>
    public float Progress(double nowMs)
    {
        var elapsed = nowMs - StartMs - DelayMs;
        if (elapsed <= 0)
        {
            return DurationMs <= 0 && elapsed == 0 ? 1 : 0;
        }
        return DurationMs <= 0 || elapsed >= DurationMs ? 1 : (float)(elapsed / DurationMs);
    }

    /// <summary>True once the tween has reached its end value.</summary>
    public bool IsFinished(double nowMs) => nowMs >= EndMs;

    /// <summary>The animated value at a time.</summary>
    public float ValueAt(double nowMs)
    {
        var s = Progress(nowMs);
        if (s >= 1)
        {
            return To;
        }
        if (StartVelocity == 0)
        {
            return From + (To - From) * Easing.Evaluate(s);
        }
        // Cubic Hermite: p(s) = h00 From + h10 (v0 * D) + h01 To, arriving with zero slope.
        var s2 = s * s;
        var s3 = s2 * s;
        var h00 = 2 * s3 - 3 * s2 + 1;
        var h10 = s3 - 2 * s2 + s;
        var h01 = -2 * s3 + 3 * s2;
        return h00 * From + h10 * StartVelocity * DurationMs + h01 * To;
    }

    /// <summary>The rate of change in units per millisecond at a time (zero before the start and after the end).</summary>
    public float VelocityAt(double nowMs)
    {
        var elapsed = nowMs - StartMs - DelayMs;
        if (DurationMs <= 0 || elapsed < 0 || elapsed >= DurationMs)
        {
            return 0;
        }
        var s = (float)(elapsed / DurationMs);
        if (StartVelocity == 0)
        {
            return (To - From) * Easing.Slope(s) / DurationMs;
        }
        var s2 = s * s;
        var dh00 = 6 * s2 - 6 * s;
        var dh10 = 3 * s2 - 4 * s + 1;
        var dh01 = -6 * s2 + 6 * s;
        return (dh00 * From + dh10 * StartVelocity * DurationMs + dh01 * To) / DurationMs;
    }
}
