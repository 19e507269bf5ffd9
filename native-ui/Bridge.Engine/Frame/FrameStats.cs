namespace Bridge.Engine.Frame;

/// <summary>An input event together with the frame that committed its effects and that frame's present time.</summary>
/// <param name="Event">The event as it arrived.</param>
/// <param name="Frame">The frame that handled it.</param>
/// <param name="Present">Clock timestamp at which that frame presented; latency is <c>Present - Event.Arrival</c>.</param>
public readonly record struct CommittedEvent(KeyEvent Event, long Frame, long Present);

/// <summary>The most recent frame records and committed events, in fixed rings that never allocate after construction.</summary>
public sealed class FrameStats
{
    private readonly FrameRecord[] _frames;
    private readonly CommittedEvent[] _events;
    private long _frameCount;
    private long _eventCount;

    /// <summary>Creates rings holding the last <paramref name="frames"/> frames and <paramref name="events"/> events.</summary>
    public FrameStats(int frames = 1024, int events = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 1);
        _frames = new FrameRecord[frames];
        _events = new CommittedEvent[events];
    }

    /// <summary>Total frames recorded since creation.</summary>
    public long FrameCount => _frameCount;

    /// <summary>Total events committed since creation.</summary>
    public long EventCount => _eventCount;

    /// <summary>The last frame recorded; throws when none was.</summary>
    public ref readonly FrameRecord Last
    {
        get
        {
            if (_frameCount == 0) throw new InvalidOperationException("FrameStats.Last: no frame has run yet");
            return ref _frames[(_frameCount - 1) % _frames.Length];
        }
    }

    /// <summary>Finds the record of frame <paramref name="frame"/> if it is still in the ring.</summary>
    public bool TryGetFrame(long frame, out FrameRecord record)
    {
        if (frame < 1 || frame > _frameCount || frame <= _frameCount - _frames.Length)
        {
            record = default;
            return false;
        }
        record = _frames[(frame - 1) % _frames.Length];
        return true;
    }

    /// <summary>Copies the retained committed events, oldest first, into <paramref name="destination"/>; returns how many.</summary>
    public int CopyEvents(Span<CommittedEvent> destination)
    {
        long first = Math.Max(0, _eventCount - _events.Length);
        int n = (int)Math.Min(destination.Length, _eventCount - first);
        for (int i = 0; i < n; i++) destination[i] = _events[(first + i) % _events.Length];
        return n;
    }

    /// <summary>Finds the commit record of event <paramref name="eventId"/> if it is still in the ring.</summary>
    public bool TryGetEvent(long eventId, out CommittedEvent committed)
    {
        long first = Math.Max(0, _eventCount - _events.Length);
        for (long i = _eventCount - 1; i >= first; i--)
        {
            ref CommittedEvent c = ref _events[i % _events.Length];
            if (c.Event.Id == eventId)
            {
                committed = c;
                return true;
            }
            if (c.Event.Id < eventId) break;
        }
        committed = default;
        return false;
    }

    internal void AddFrame(in FrameRecord record) => _frames[_frameCount++ % _frames.Length] = record;

    internal void AddEvent(in KeyEvent e, long frame, long present) =>
        _events[_eventCount++ % _events.Length] = new CommittedEvent(e, frame, present);
}
