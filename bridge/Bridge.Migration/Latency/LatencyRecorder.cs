using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.Migration;

/// <summary>Records every input event from arrival to present, stage by stage, into per page × path × engine
/// histograms.</summary>
/// <remarks>UI thread only. Ids are 1, 2, ... in arrival order. After the groups a run touches exist, recording
/// allocates nothing except when the event list grows.</remarks>
public sealed class LatencyRecorder
{
    private readonly List<LatencyEvent> _events;
    private readonly Dictionary<(string Page, PagePath Path, string Engine), int> _groups = [];
    private readonly List<LatencyGroup> _groupList = [];
    // Groups made ahead of their first key (Prepare), listed once a key of theirs begins.
    private readonly Dictionary<(string Page, PagePath Path, string Engine), LatencyGroup> _prepared = [];
    private readonly double _msPerTick;
    private readonly List<long> _awaitingPresent = new(64);
    private int _lastGroup = -1;

    /// <summary>Creates a recorder whose ticks are <see cref="Stopwatch"/> ticks unless told otherwise, with room for
    /// <paramref name="capacity"/> events before its list grows.</summary>
    public LatencyRecorder(long ticksPerSecond = 0, int capacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _events = new List<LatencyEvent>(capacity);
        var frequency = ticksPerSecond == 0 ? Stopwatch.Frequency : ticksPerSecond;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequency, nameof(ticksPerSecond));
        TicksPerSecond = frequency;
        _msPerTick = 1000.0 / frequency;
    }

    /// <summary>The engine name of events no JS engine handled (native pages).</summary>
    public const string NoEngine = "none";

    /// <summary>The tick frequency of arrival, commit and present times.</summary>
    public long TicksPerSecond { get; }

    /// <summary>Every event, in arrival order.</summary>
    public ReadOnlySpan<LatencyEvent> Events => CollectionsMarshal.AsSpan(_events);

    /// <summary>The groups in the order they were first seen.</summary>
    public IReadOnlyList<LatencyGroup> Groups => _groupList;

    /// <summary>Hears each commit and present as it is recorded (telemetry), or null.</summary>
    public ILatencyListener? Listener { get; set; }

    /// <summary>Frames attributed to an event after its first present (a response shown over several frames).</summary>
    public long LateReports { get; private set; }

    /// <summary>Makes the group of a page × path × engine ready before its first key: its histograms are made here, not
    /// inside that key's measured time. It is listed in <see cref="Groups"/> once a key of it begins.</summary>
    public void Prepare(string page, PagePath path, string engine)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(engine);
        if (path != PagePath.Compare && !_groups.ContainsKey((page, path, engine)) && !_prepared.ContainsKey((page, path, engine)))
        {
            _prepared.Add((page, path, engine), new LatencyGroup(page, path, engine));
        }
    }

    /// <summary>Starts an event when a key arrives and returns its id.</summary>
    public long Begin(KeyName key, string page, PagePath path, string engine, long arrivalTicks)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(engine);
        if (path == PagePath.Compare)
        {
            ThrowCompare(page);
        }
        var group = GroupIndex(page, path, engine);
        var id = _events.Count + 1L;
        _events.Add(new LatencyEvent
        {
            Id = id, Key = key, Page = page, Path = path, Engine = engine, ArrivalTicks = arrivalTicks,
            CommittedMs = double.NaN, PresentMs = double.NaN, FrameMs = double.NaN, GroupIndex = group,
        });
        return id;
    }

    /// <summary>Adds time spent in a stage for an event (frames that work on it add up).</summary>
    public void AddStage(long id, LatencyStage stage, double milliseconds)
    {
        ref var e = ref Get(id);
        e.Stages[(int)stage] += milliseconds;
    }

    /// <summary>Notes how long the frame that committed an event took (its start to its present); the first one counts.</summary>
    public void Framed(long id, double milliseconds)
    {
        ref var e = ref Get(id);
        if (double.IsNaN(e.FrameMs))
        {
            e.FrameMs = milliseconds;
        }
    }

    /// <summary>Marks an event's response committed to the ECS; only the first commit counts.</summary>
    public void Committed(long id, long ticks)
    {
        ref var e = ref Get(id);
        if (!double.IsNaN(e.CommittedMs))
        {
            return;
        }
        e.CommittedMs = Elapsed(e.ArrivalTicks, ticks, id);
        _groupList[e.GroupIndex].RecordCommitted(e.CommittedMs);
        Listener?.Committed(in e);
        if (!e.IsPresented)
        {
            _awaitingPresent.Add(id);
        }
    }

    /// <summary>Marks the events a legacy batch was caused by as committed.</summary>
    public void Committed(ReadOnlySpan<long> causedBy, long ticks)
    {
        foreach (var id in causedBy)
        {
            Committed(id, ticks);
        }
    }

    /// <summary>Marks an event's response presented; the first present is measured, later ones are counted only.</summary>
    public void Presented(long id, long ticks)
    {
        ref var e = ref Get(id);
        e.PresentReports++;
        if (e.PresentReports > 1)
        {
            LateReports++;
            return;
        }
        e.PresentMs = Elapsed(e.ArrivalTicks, ticks, id);
        _groupList[e.GroupIndex].RecordPresent(e.PresentMs, ref e.Stages);
        Listener?.Presented(in e);
    }

    /// <summary>Marks every event shown by a presented frame.</summary>
    public void Presented(ReadOnlySpan<long> ids, long ticks)
    {
        foreach (var id in ids)
        {
            Presented(id, ticks);
        }
    }

    /// <summary>The number of committed events the next presented frame will show.</summary>
    public int AwaitingPresent => _awaitingPresent.Count;

    /// <summary>Adds a frame's time in a stage (layout, render, ...) to every committed event that frame will present.</summary>
    public void AddFrameStage(LatencyStage stage, double milliseconds)
    {
        foreach (var id in CollectionsMarshal.AsSpan(_awaitingPresent))
        {
            AddStage(id, stage, milliseconds);
        }
    }

    /// <summary>Marks every committed, not yet presented event as presented by this frame; returns how many.</summary>
    /// <remarks>A key handled with no visible change should still be committed (when its handler returns) so that
    /// the next frame accounts for it.</remarks>
    public int PresentFrame(long ticks)
    {
        var count = _awaitingPresent.Count;
        foreach (var id in CollectionsMarshal.AsSpan(_awaitingPresent))
        {
            if (!Get(id).IsPresented)
            {
                Presented(id, ticks);
            }
        }
        _awaitingPresent.Clear();
        return count;
    }

    /// <summary>Finds the group of a page × path × engine.</summary>
    public bool TryGetGroup(string page, PagePath path, string engine, [NotNullWhen(true)] out LatencyGroup? group)
    {
        group = _groups.TryGetValue((page, path, engine), out var index) ? _groupList[index] : null;
        return group is not null;
    }

    /// <summary>Checks that every key event was measured exactly once.</summary>
    public LatencyAccounting Account()
    {
        var missing = new List<long>();
        long presented = 0;
        foreach (ref readonly var e in Events)
        {
            if (e.IsPresented)
            {
                presented++;
            }
            else
            {
                missing.Add(e.Id);
            }
        }
        long inHistograms = 0;
        foreach (var g in _groupList)
        {
            inHistograms += g.Present.TotalCount;
        }
        return new LatencyAccounting(_events.Count, presented, inHistograms, LateReports, missing);
    }

    private int GroupIndex(string page, PagePath path, string engine)
    {
        // Consecutive events nearly always belong to the same page: skip the dictionary then.
        if (_lastGroup >= 0)
        {
            var last = _groupList[_lastGroup];
            if (ReferenceEquals(last.Page, page) && last.Path == path && ReferenceEquals(last.Engine, engine))
            {
                return _lastGroup;
            }
        }
        if (!_groups.TryGetValue((page, path, engine), out var index))
        {
            index = _groupList.Count;
            _groups.Add((page, path, engine), index);
            _groupList.Add(_prepared.Remove((page, path, engine), out var made) ? made : new LatencyGroup(page, path, engine));
        }
        _lastGroup = index;
        return index;
    }

    private double Elapsed(long from, long to, long id)
    {
        if (to < from)
        {
            ThrowBackwards(id, from, to);
        }
        return (to - from) * _msPerTick;
    }

    private ref LatencyEvent Get(long id)
    {
        if (id < 1 || id > _events.Count)
        {
            ThrowUnknown(id, _events.Count);
        }
        return ref CollectionsMarshal.AsSpan(_events)[(int)(id - 1)];
    }

    [DoesNotReturn]
    private static void ThrowUnknown(long id, int count) =>
        throw new ArgumentOutOfRangeException(nameof(id), id, $"no input event {id} (ids 1..{count} were given)");

    [DoesNotReturn]
    private static void ThrowBackwards(long id, long from, long to) =>
        throw new ArgumentOutOfRangeException(nameof(to), to, $"event {id}: time {to} is before its arrival {from}");

    [DoesNotReturn]
    private static void ThrowCompare(string page) =>
        throw new ArgumentException($"page '{page}': record compare events once per path (native, legacy), not as 'compare'", "path");
}

/// <summary>Whether every key event was measured exactly once.</summary>
/// <param name="Events">Events begun.</param>
/// <param name="Presented">Events with a measured present.</param>
/// <param name="InHistograms">Values in the present histograms of all groups.</param>
/// <param name="LateReports">Extra presents attributed to already measured events (not measured again).</param>
/// <param name="Missing">Ids of events never presented.</param>
public sealed record LatencyAccounting(long Events, long Presented, long InHistograms, long LateReports, IReadOnlyList<long> Missing)
{
    /// <summary>True when each event is in the histograms exactly once.</summary>
    public bool IsComplete => Missing.Count == 0 && Presented == Events && InHistograms == Events;

    /// <summary>Throws naming the first missing ids when <see cref="IsComplete"/> is false.</summary>
    public void EnsureComplete()
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException(
                $"{Missing.Count} of {Events} input events were never presented (ids {string.Join(", ", Missing.Take(20))}" +
                $"{(Missing.Count > 20 ? ", ..." : "")}); histograms hold {InHistograms}");
        }
    }
}
