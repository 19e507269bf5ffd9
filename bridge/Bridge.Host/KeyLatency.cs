using System.Diagnostics;
using Bridge.Engine.Frame;
using Bridge.Migration;
using Bridge.Routing;

namespace Bridge.Host;

/// <summary>The latency of every key that goes through the host's input queue, from its arrival to the frame that
/// committed its response and the present that showed it, stage by stage, per page × path × engine.</summary>
/// <remarks>UI thread only. A key is committed by the frame that shows its response: the frame whose input stage ran its
/// native handlers, or the frame that applied the JS batch listing it as a cause; a key that changes nothing on a legacy
/// page (one a JS onKey consumed without a render, too) is committed by the first frame after JS handled it
/// (<see cref="CommitUnansweredLegacy"/>, which whoever waits for the app to settle calls).</remarks>
public sealed class KeyLatency
{
    private readonly AppHost _host;
    private readonly Dictionary<long, long> _recorderIds = [];
    private readonly HashSet<long> _pendingLegacy = [];
    private NavigationEntry? _prepared;

    internal KeyLatency(AppHost host) => _host = host;

    /// <summary>Where the records go; replace it before the first key to share one recorder across runs (compare).</summary>
    public LatencyRecorder Recorder { get; set; } = new(Stopwatch.Frequency);

    /// <summary>True while keys sent to JS wait for the frame that shows their response.</summary>
    public bool HasPendingLegacy => _pendingLegacy.Count > 0;

    /// <summary>Called by the input stage for every key it takes: starts its record on the page and path on screen;
    /// <paramref name="postMs"/> is the time encoding and posting it to JS took.</summary>
    internal void Begin(in KeyEvent key, NavigationEntry? current, bool toJs, double postMs)
    {
        if (current is null)
        {
            // A key before the first page: nothing can respond to it, so nothing is measured.
            return;
        }
        var path = current.ShownPath;
        var engine = path == PagePath.Legacy ? _host.EngineName : LatencyRecorder.NoEngine;
        var rid = Recorder.Begin(key.Key, current.Page, path, engine, key.Arrival);
        _recorderIds[key.Id] = rid;
        if (toJs)
        {
            _pendingLegacy.Add(key.Id);
            Recorder.AddStage(rid, LatencyStage.BusEncode, postMs);
        }
    }

    /// <summary>Accounts the keys a frame committed: its native keys, and the legacy keys whose batches it applied.</summary>
    internal void AfterFrame(in FrameRecord record)
    {
        if (_host.Router?.Current is { } shown && !ReferenceEquals(shown, _prepared))
        {
            // A page shown: its latency group is made now, not inside its first key.
            _prepared = shown;
            Recorder.Prepare(shown.Page, shown.ShownPath, shown.ShownPath == PagePath.Legacy ? _host.EngineName : LatencyRecorder.NoEngine);
        }
        var committedAt = record.Present - record.TicksOf(FrameStage.Present);
        for (var i = 0; i < record.EventCount; i++)
        {
            var id = record.FirstEventId + i;
            if (!_pendingLegacy.Contains(id) && _recorderIds.Remove(id, out var rid))
            {
                Commit(rid, record, committedAt, legacy: false);
            }
        }
        if (_host.Legacy is { } legacy)
        {
            var causes = legacy.AppliedCauses;
            // JS's onKey verdicts first: the pump that answered one ran for its key, whichever frame commits the key.
            for (var i = 0; i < causes.Count; i++)
            {
                if (causes[i].Verdict && _pendingLegacy.Contains(causes[i].EventId) && _recorderIds.TryGetValue(causes[i].EventId, out var rid))
                {
                    Recorder.AddStage(rid, LatencyStage.Js, causes[i].JsMs);
                }
            }
            for (var i = 0; i < causes.Count; i++)
            {
                if (causes[i].Verdict)
                {
                    continue;
                }
                var cause = causes[i].EventId;
                if (_pendingLegacy.Remove(cause) && _recorderIds.Remove(cause, out var rid))
                {
                    // Every batch of this frame that answered the key: JS's time and the decode.
                    var (js, decode) = (0.0, 0.0);
                    for (var j = i; j < causes.Count; j++)
                    {
                        if (causes[j].EventId == cause && !causes[j].Verdict)
                        {
                            js += causes[j].JsMs;
                            decode += causes[j].DecodeMs;
                        }
                    }
                    Recorder.AddStage(rid, LatencyStage.Js, js);
                    Recorder.AddStage(rid, LatencyStage.BusDecode, decode);
                    Commit(rid, record, committedAt, legacy: true);
                }
            }
        }
    }

    /// <summary>Commits the keys JS handled without changing the page: the last frame is their response.</summary>
    /// <remarks>Call when the app is quiet (no pending work, JS idle): no batch will come for them.</remarks>
    public void CommitUnansweredLegacy()
    {
        if (_pendingLegacy.Count == 0)
        {
            return;
        }
        ref readonly var record = ref _host.Loop.Stats.Last;
        var committedAt = record.Present - record.TicksOf(FrameStage.Present);
        foreach (var id in _pendingLegacy)
        {
            if (_recorderIds.Remove(id, out var rid))
            {
                Commit(rid, record, committedAt, legacy: true);
            }
        }
        _pendingLegacy.Clear();
    }

    private void Commit(long rid, in FrameRecord record, long committedAt, bool legacy)
    {
        var ms = 1000.0 / _host.Loop.Clock.Frequency;
        var handlers = (record.TicksOf(FrameStage.Input) + record.TicksOf(FrameStage.Focus) + record.TicksOf(FrameStage.Handlers)) * ms;
        var apply = record.TicksOf(FrameStage.Apply) * ms;
        if (legacy)
        {
            // From the key's arrival to the start of the frame that applied the response, plus that frame's input stage
            // (which posted the key to JS, or waited for JS's verdict when the key reached a JS onKey), plus the wait of its
            // apply stage for JS's answer: the encode, JS and the decode are stages of their own (recorded already), and
            // the rest is the host's: waiting for the frame, routing the key, the hand-offs between the threads.
            ref readonly var e = ref Recorder.Events[(int)rid - 1];
            var waited = Math.Min(apply, _host.Legacy?.FrameAnswerWait.TotalMilliseconds ?? 0);
            var own = e.Stages[(int)LatencyStage.BusEncode] + e.Stages[(int)LatencyStage.Js];
            var decode = e.Stages[(int)LatencyStage.BusDecode];
            Recorder.AddStage(rid, LatencyStage.Handler, Math.Max(0, Math.Max(0, record.Start - e.ArrivalTicks) * ms + handlers + waited - own));
            apply = Math.Max(0, apply - waited - decode);
        }
        else
        {
            Recorder.AddStage(rid, LatencyStage.Handler, handlers);
        }
        Recorder.AddStage(rid, LatencyStage.Apply, apply);
        Recorder.AddStage(rid, LatencyStage.Layout, record.TicksOf(FrameStage.Layout) * ms);
        Recorder.AddStage(rid, LatencyStage.Animation, record.TicksOf(FrameStage.Animation) * ms);
        Recorder.AddStage(rid, LatencyStage.Resources, record.TicksOf(FrameStage.Resources) * ms);
        Recorder.AddStage(rid, LatencyStage.Render, record.TicksOf(FrameStage.Render) * ms);
        Recorder.AddStage(rid, LatencyStage.Present, record.TicksOf(FrameStage.Present) * ms);
        Recorder.Framed(rid, (record.Present - record.Start) * ms);
        Recorder.Committed(rid, committedAt);
        Recorder.Presented(rid, record.Present);
    }
}
