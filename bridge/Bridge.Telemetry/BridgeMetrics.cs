using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bridge.Engine.Frame;
using Bridge.Host;
using Bridge.Migration;
using Bridge.Routing;

namespace Bridge.Telemetry;

/// <summary>The app's metrics on a <see cref="Meter"/> named <see cref="MeterName"/>: key latency per page × path ×
/// engine (× stage), frame times, rollbacks and errors, fed by a <see cref="LatencyRecorder"/> and a
/// <see cref="HostMonitor"/>.</summary>
/// <remarks>Instruments (names as OpenTelemetry sees them; a Prometheus scrape shows dots as underscores, the unit as a
/// suffix and counters with <c>_total</c>):
/// <list type="bullet">
/// <item><c>bridge.key.committed</c> (histogram, ms): key to committed; tags page, path, engine.</item>
/// <item><c>bridge.key.present</c> (histogram, ms): key to present; tags page, path, engine.</item>
/// <item><c>bridge.key.stage</c> (histogram, ms): a presented key's time in one stage; tags page, path, engine, stage.</item>
/// <item><c>bridge.frame.duration</c> (histogram, ms): frame start to present; tags page, path.</item>
/// <item><c>bridge.rollbacks</c> (counter): pages switched to their fallback; tags page, from, to.</item>
/// <item><c>bridge.errors</c> (counter): errors pages reported (native handlers that threw, JS exceptions, rejected
/// batches); tags page, kind (native-handler, legacy-error).</item>
/// </list>
/// Recording allocates nothing once a tag combination has been seen.</remarks>
public sealed class BridgeMetrics : ILatencyListener, IDisposable
{
    /// <summary>The meter's name: what an OpenTelemetry pipeline subscribes to.</summary>
    public const string MeterName = "Bridge";

    /// <summary>Histogram bucket bounds in milliseconds: fine where a TV key budget lives (1 to 33 ms), coarse beyond.</summary>
    public static readonly double[] BucketsMs =
        [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 10, 12, 16.7, 20, 25, 33.3, 50, 75, 100, 150, 250, 500, 1000, 2500, 5000];

    private static readonly string[] StageNames = Enumerable.Range(0, LatencyStages.Count).Select(i => LatencyStages.ToName((LatencyStage)i)).ToArray();
    private static readonly string[] PathNames = [PagePaths.ToName(PagePath.Native), PagePaths.ToName(PagePath.Legacy), PagePaths.ToName(PagePath.Compare)];

    private readonly Meter _meter;
    private readonly Histogram<double> _committed;
    private readonly Histogram<double> _present;
    private readonly Histogram<double> _stage;
    private readonly Histogram<double> _frame;
    private readonly Counter<long> _rollbacks;
    private readonly Counter<long> _errors;
    private HostMonitor? _monitor;
    private LatencyRecorder? _recorder;
    private double _msPerTick;

    /// <summary>Creates the meter and its instruments.</summary>
    public BridgeMetrics()
    {
        _meter = new Meter(MeterName, typeof(BridgeMetrics).Assembly.GetName().Version?.ToString());
        _committed = _meter.CreateHistogram<double>("bridge.key.committed", "ms", "Key to committed: the response applied to the UI tree");
        _present = _meter.CreateHistogram<double>("bridge.key.present", "ms", "Key to present: the response on screen");
        _stage = _meter.CreateHistogram<double>("bridge.key.stage", "ms", "A presented key's time in one stage (handler, bus-encode, js, bus-decode, apply, layout, ...)");
        _frame = _meter.CreateHistogram<double>("bridge.frame.duration", "ms", "Frame start to present");
        _rollbacks = _meter.CreateCounter<long>("bridge.rollbacks", null, "Pages switched to their fallback");
        _errors = _meter.CreateCounter<long>("bridge.errors", null, "Errors pages reported: native handlers that threw, JS exceptions, rejected bus batches");
    }

    /// <summary>Starts recording what <paramref name="recorder"/> measures and what <paramref name="monitor"/> sees.</summary>
    public void Attach(LatencyRecorder recorder, HostMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(monitor);
        Detach();
        _recorder = recorder;
        _monitor = monitor;
        _msPerTick = 1000.0 / monitor.TicksPerSecond;
        recorder.Listener = this;
        monitor.FrameEnded += OnFrame;
        monitor.RolledBack += OnRollback;
        monitor.ErrorReported += OnError;
    }

    /// <inheritdoc/>
    public void Committed(in LatencyEvent e) =>
        _committed.Record(e.CommittedMs, Tag("page", e.Page), Tag("path", PathName(e.Path)), Tag("engine", e.Engine));

    /// <inheritdoc/>
    public void Presented(in LatencyEvent e)
    {
        var page = Tag("page", e.Page);
        var path = Tag("path", PathName(e.Path));
        var engine = Tag("engine", e.Engine);
        _present.Record(e.PresentMs, page, path, engine);
        for (var i = 0; i < LatencyStages.Count; i++)
        {
            var tags = new TagList { page, path, engine, Tag("stage", StageNames[i]) };
            _stage.Record(e.Stages[i], in tags);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Detach();
        _meter.Dispose();
    }

    private void Detach()
    {
        if (_recorder is { } recorder && ReferenceEquals(recorder.Listener, this))
        {
            recorder.Listener = null;
        }
        if (_monitor is { } monitor)
        {
            monitor.FrameEnded -= OnFrame;
            monitor.RolledBack -= OnRollback;
            monitor.ErrorReported -= OnError;
        }
        _recorder = null;
        _monitor = null;
    }

    private void OnFrame(in FrameRecord record, string? page, PagePath path) =>
        _frame.Record((record.Present - record.Start) * _msPerTick, Tag("page", page ?? "none"), Tag("path", PathName(path)));

    private void OnRollback(RollbackRecord rollback) =>
        _rollbacks.Add(1, Tag("page", rollback.Page), Tag("from", PathName(rollback.From)), Tag("to", rollback.To is { } to ? PathName(to) : "none"));

    private void OnError(RunError error) => _errors.Add(1, Tag("page", error.Page ?? "none"), Tag("kind", error.KindName));

    private static string PathName(PagePath path) => PathNames[Math.Clamp((int)path - (int)PagePath.Native, 0, PathNames.Length - 1)];

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);
}
