using System.Diagnostics;

namespace Bridge.Engine.Frame;

/// <summary>The time source and pacing of the frame loop; timestamps are in <see cref="Frequency"/> ticks per second.</summary>
public interface IFrameClock
{
    /// <summary>The current timestamp.</summary>
    long Now { get; }

    /// <summary>Ticks per second of <see cref="Now"/>.</summary>
    long Frequency { get; }

    /// <summary>"vsync", "unpaced", "stepped" or "manual": the pacing reports name.</summary>
    string Mode { get; }

    /// <summary>Blocks until the next frame may start.</summary>
    void WaitForNextFrame();
}

/// <summary>Real 60 Hz pacing: frames start on a fixed tick grid, as on a TV's vsync, so latency includes the wait.</summary>
public sealed class PacedClock : IFrameClock
{
    private readonly long _period;
    private long _next;

    /// <summary>Creates a clock ticking <paramref name="hz"/> times a second.</summary>
    public PacedClock(double hz = 60)
    {
        if (!(hz > 0 && hz <= 1000)) throw new ArgumentOutOfRangeException(nameof(hz), hz, "frame rate must be in (0, 1000] Hz");
        _period = (long)(Stopwatch.Frequency / hz);
        _next = Stopwatch.GetTimestamp();
    }

    /// <inheritdoc/>
    public long Now => Stopwatch.GetTimestamp();

    /// <inheritdoc/>
    public long Frequency => Stopwatch.Frequency;

    /// <inheritdoc/>
    public string Mode => "vsync";

    /// <summary>Length of one frame in ticks.</summary>
    public long Period => _period;

    /// <inheritdoc/>
    public void WaitForNextFrame()
    {
        long now = Stopwatch.GetTimestamp();
        _next += _period;
        // A frame that overran skips the ticks it missed instead of bursting to catch up.
        if (_next <= now) _next = now + _period - (now - _next) % _period;
        long remaining = _next - now;
        long msLeft = remaining * 1000 / Stopwatch.Frequency;
        if (msLeft > 2) Thread.Sleep((int)(msLeft - 1));
        while (Stopwatch.GetTimestamp() < _next) Thread.SpinWait(20);
    }
}

/// <summary>Pacing by the display: a window's buffer swap waits for vsync, so a frame may start as soon as the last one was
/// shown; where the swap does not wait (a virtual display), a frame still starts no sooner than one refresh period after the
/// one before, so the loop never runs faster than the display.</summary>
public sealed class DisplayClock : IFrameClock
{
    private readonly long _period;
    private long _last;

    /// <summary>Creates a clock for a display refreshing <paramref name="hz"/> times a second.</summary>
    public DisplayClock(double hz = 60)
    {
        if (!(hz > 0 && hz <= 1000)) throw new ArgumentOutOfRangeException(nameof(hz), hz, "refresh rate must be in (0, 1000] Hz");
        _period = (long)(Stopwatch.Frequency / hz);
    }

    /// <inheritdoc/>
    public long Now => Stopwatch.GetTimestamp();

    /// <inheritdoc/>
    public long Frequency => Stopwatch.Frequency;

    /// <inheritdoc/>
    public string Mode => "vsync";

    /// <inheritdoc/>
    public void WaitForNextFrame()
    {
        // A little short of a period: a swap that waited for vsync already took the rest, and must not be waited twice.
        long next = _last + _period - Stopwatch.Frequency / 1000;
        long remaining = next - Stopwatch.GetTimestamp();
        if (remaining > 0) Thread.Sleep(TimeSpan.FromTicks(remaining * TimeSpan.TicksPerSecond / Stopwatch.Frequency));
        _last = Stopwatch.GetTimestamp();
    }
}

/// <summary>No pacing: a frame starts as soon as the previous one ended, so timings measure only the work.</summary>
public sealed class UnpacedClock : IFrameClock
{
    /// <inheritdoc/>
    public long Now => Stopwatch.GetTimestamp();

    /// <inheritdoc/>
    public long Frequency => Stopwatch.Frequency;

    /// <inheritdoc/>
    public string Mode => "unpaced";

    /// <inheritdoc/>
    public void WaitForNextFrame()
    {
    }
}

/// <summary>A clock that moves only when told to: each frame advances it by one period; tests advance it at will.</summary>
public sealed class ManualClock : IFrameClock
{
    private long _now;

    /// <summary>Creates a manual clock at time 0 with a 60 Hz frame period.</summary>
    public ManualClock(long frequency = 1_000_000_000, double hz = 60)
    {
        Frequency = frequency;
        Period = (long)(frequency / hz);
    }

    /// <inheritdoc/>
    public long Now => _now;

    /// <inheritdoc/>
    public long Frequency { get; }

    /// <summary>Ticks added by each <see cref="WaitForNextFrame"/>.</summary>
    public long Period { get; }

    /// <inheritdoc/>
    public string Mode => "manual";

    /// <summary>Moves time forward by <paramref name="ticks"/>.</summary>
    public void Advance(long ticks)
    {
        if (ticks < 0) throw new ArgumentOutOfRangeException(nameof(ticks), ticks, "time cannot go backwards");
        _now += ticks;
    }

    /// <inheritdoc/>
    public void WaitForNextFrame() => _now += Period;
}

/// <summary>A virtual 60 Hz clock for reproducible runs: each frame advances time by exactly one period, and before each
/// step it waits until the app's asynchronous work (image decodes, the JS thread) is done, so animations, image arrivals and
/// focus depend only on the frames run, never on how fast the machine is.</summary>
/// <remarks>Time is in <see cref="Stopwatch.Frequency"/> ticks (as the real clocks), starting at one period.</remarks>
public sealed class SteppedClock : IFrameClock
{
    private long _now;

    /// <summary>Creates a stepped clock of <paramref name="hz"/> frames a virtual second.</summary>
    public SteppedClock(double hz = 60)
    {
        if (!(hz > 0 && hz <= 1000)) throw new ArgumentOutOfRangeException(nameof(hz), hz, "frame rate must be in (0, 1000] Hz");
        Period = (long)(Stopwatch.Frequency / hz);
        _now = Period;
    }

    /// <summary>Waits until the work the next frame must see is done (decodes finished, JS idle); set by the host.</summary>
    public Action? Barrier { get; set; }

    /// <summary>Ticks added by each <see cref="WaitForNextFrame"/>.</summary>
    public long Period { get; }

    /// <summary>Frames stepped so far.</summary>
    public long Steps { get; private set; }

    /// <inheritdoc/>
    public long Now => _now;

    /// <inheritdoc/>
    public long Frequency => Stopwatch.Frequency;

    /// <inheritdoc/>
    public string Mode => "stepped";

    /// <inheritdoc/>
    public void WaitForNextFrame()
    {
        Barrier?.Invoke();
        _now += Period;
        Steps++;
    }
}
