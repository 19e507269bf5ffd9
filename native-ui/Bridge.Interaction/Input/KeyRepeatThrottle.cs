using Bridge.Schema;

namespace Bridge.Interaction.Input;

/// <summary>Limits how fast a held key repeats: the first press always passes, repeats wait a first delay and then an interval.</summary>
/// <remarks>
/// A key-down of the key already held is a repeat (remotes and keyboards send auto-repeat key-downs); a key-down of
/// another key is a new press. Times are milliseconds on any monotonic clock.
/// </remarks>
public sealed class KeyRepeatThrottle
{
    private KeyName _held;
    private double _pressedAt;
    private double _lastAccepted;

    /// <summary>Creates a throttle.</summary>
    /// <param name="firstRepeatDelayMs">How long a key must be held before its first repeat passes.</param>
    /// <param name="repeatIntervalMs">The least time between two repeats that pass.</param>
    public KeyRepeatThrottle(double firstRepeatDelayMs, double repeatIntervalMs)
    {
        if (!(firstRepeatDelayMs >= 0) || !(repeatIntervalMs >= 0))
        {
            throw new ArgumentOutOfRangeException(
                firstRepeatDelayMs >= 0 ? nameof(repeatIntervalMs) : nameof(firstRepeatDelayMs),
                $"key repeat delays must be >= 0 ms, got first delay {firstRepeatDelayMs} and interval {repeatIntervalMs}");
        }
        FirstRepeatDelayMs = firstRepeatDelayMs;
        RepeatIntervalMs = repeatIntervalMs;
    }

    /// <summary>A throttle that lets every key through.</summary>
    public static KeyRepeatThrottle None() => new(0, 0);

    /// <summary>How long a key must be held before its first repeat passes.</summary>
    public double FirstRepeatDelayMs { get; }

    /// <summary>The least time between two repeats that pass.</summary>
    public double RepeatIntervalMs { get; }

    /// <summary>The key currently held, or 0 when none.</summary>
    public KeyName Held => _held;

    /// <summary>Records a key-down and answers whether it should act.</summary>
    public bool KeyDown(KeyName key, double nowMs)
    {
        if (key != _held)
        {
            _held = key;
            _pressedAt = nowMs;
            _lastAccepted = nowMs;
            return true;
        }
        if (nowMs - _pressedAt < FirstRepeatDelayMs || nowMs - _lastAccepted < RepeatIntervalMs)
        {
            return false;
        }
        _lastAccepted = nowMs;
        return true;
    }

    /// <summary>Records a key-up; the next key-down of that key is a new press.</summary>
    public void KeyUp(KeyName key)
    {
        if (key == _held)
        {
            _held = 0;
        }
    }
}
