using System.Diagnostics;

namespace Bridge.Interaction.Animation;

/// <summary>The frame clock animations read: one time per frame, from a stopwatch or set by hand (deterministic tests).</summary>
public sealed class AnimationClock
{
    private readonly long _origin;
    private readonly bool _manual;

    private AnimationClock(bool manual, double startMs)
    {
        _manual = manual;
        _origin = Stopwatch.GetTimestamp();
        NowMs = startMs;
    }

    /// <summary>A clock that moves only when told to.</summary>
    public static AnimationClock Manual(double startMs = 0) => new(manual: true, startMs);

    /// <summary>A clock that samples real time at each <see cref="Tick"/>, starting near zero.</summary>
    public static AnimationClock Realtime() => new(manual: false, 0);

    /// <summary>True for a manual clock.</summary>
    public bool IsManual => _manual;

    /// <summary>The time of the current frame in milliseconds.</summary>
    public double NowMs { get; private set; }

    /// <summary>Starts a frame: a realtime clock samples the stopwatch; a manual one keeps its time. Returns the frame time.</summary>
    public double Tick()
    {
        if (!_manual)
        {
            NowMs = Stopwatch.GetElapsedTime(_origin).TotalMilliseconds;
        }
        return NowMs;
    }

    /// <summary>Moves a manual clock forward.</summary>
    public void Advance(double ms)
    {
        if (!_manual)
        {
            throw new InvalidOperationException("Advance is for a manual clock; this clock follows real time");
        }
        if (!(ms >= 0) || double.IsInfinity(ms))
        {
            throw new ArgumentOutOfRangeException(nameof(ms), ms, "a clock moves forward by a finite number of ms >= 0");
        }
        NowMs += ms;
    }
}
