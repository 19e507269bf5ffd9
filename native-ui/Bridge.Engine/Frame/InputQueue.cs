using Bridge.Interaction.Input;
using Bridge.Schema;

namespace Bridge.Engine.Frame;

/// <summary>A remote-control key event, stamped with the clock time at which it arrived.</summary>
/// <param name="Id">Monotonic id, from 1.</param>
/// <param name="Key">The key.</param>
/// <param name="Arrival">Clock timestamp taken in <see cref="InputQueue.Enqueue"/>.</param>
/// <param name="Repeat">True for an auto-repeat key-down of a held key (the input queue throttles those).</param>
public readonly record struct KeyEvent(long Id, KeyName Key, long Arrival, bool Repeat = false);

/// <summary>A thread-safe queue of key events; any thread enqueues, the UI thread drains at the start of a frame.</summary>
/// <remarks>A fixed-size ring guarded by a lock, so neither side allocates; when full, the oldest events are kept and
/// new ones are refused (a TV remote cannot outrun a frame loop that is running at all).</remarks>
public sealed class InputQueue
{
    private readonly IFrameClock _clock;
    private readonly KeyEvent[] _ring;
    private readonly Lock _lock = new();
    private int _head;
    private int _count;
    private long _nextId = 1;
    private long _dropped;
    private long _throttled;
    private KeyRepeatThrottle _throttle = new(DefaultFirstRepeatDelayMs, DefaultRepeatIntervalMs);

    /// <summary>How long a key must be held before its auto-repeats act, by default.</summary>
    public const double DefaultFirstRepeatDelayMs = 250;

    /// <summary>The least time between two auto-repeats that act, by default (at most ~8 moves a second).</summary>
    public const double DefaultRepeatIntervalMs = 120;

    /// <summary>Limits how fast a held key's auto-repeats get in: a repeat that comes too early is refused at the door
    /// (<see cref="Enqueue"/> returns 0), so neither path sees it. A key that is not a repeat always gets in.</summary>
    public KeyRepeatThrottle Throttle
    {
        get
        {
            lock (_lock) return _throttle;
        }
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (_lock) _throttle = value;
        }
    }

    /// <summary>Auto-repeats refused by <see cref="Throttle"/> so far.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Creates a queue stamping events with <paramref name="clock"/>.</summary>
    public InputQueue(IFrameClock clock, int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _clock = clock;
        _ring = new KeyEvent[capacity];
    }

    /// <summary>Number of events waiting.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _count;
        }
    }

    /// <summary>Events refused because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Stamps <paramref name="key"/> with the current time and queues it; returns its id, or 0 when refused
    /// (the queue is full, or an auto-repeat came sooner than <see cref="Throttle"/> lets it).</summary>
    /// <param name="key">The key.</param>
    /// <param name="repeat">True when the remote sends it as an auto-repeat of a held key.</param>
    public long Enqueue(KeyName key, bool repeat = false)
    {
        // A range check, not Enum.IsDefined: that one may allocate when another thread touched the enum's type cache.
        if (key is < KeyName.Up or > KeyName.Back) throw new ArgumentOutOfRangeException(nameof(key), key, "not a key of the schema");
        long arrival = _clock.Now;
        lock (_lock)
        {
            // A fresh press ends whatever key was held; only auto-repeats wait for the throttle.
            if (!repeat) _throttle.KeyUp(_throttle.Held);
            if (!_throttle.KeyDown(key, arrival * 1000.0 / _clock.Frequency))
            {
                _throttled++;
                return 0;
            }
            if (_count == _ring.Length)
            {
                _dropped++;
                return 0;
            }
            long id = _nextId++;
            _ring[(_head + _count) % _ring.Length] = new KeyEvent(id, key, arrival, repeat);
            _count++;
            return id;
        }
    }

    /// <summary>Removes the oldest event; false when empty.</summary>
    public bool TryDequeue(out KeyEvent e)
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                e = default;
                return false;
            }
            e = _ring[_head];
            _head = (_head + 1) % _ring.Length;
            _count--;
            return true;
        }
    }
}
