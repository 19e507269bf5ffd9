using System.Diagnostics;
using Bridge.Engine.Frame;
using Bridge.Graphics;
using Bridge.Migration;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;

namespace Bridge.Host;

/// <summary>Plays an input script on a started <see cref="AppHost"/>, measuring every key and writing the artifacts asked for.</summary>
/// <remarks>Keys are pressed one at a time, each once the app has settled from the last (as a person presses a remote), so
/// that every key's latency is its own. A key is committed by the frame that shows its response: the frame that ran its
/// native handlers, or the frame that applied the JS batch listing it as a cause; a key that changes nothing on a legacy
/// page (one a JS onKey consumed without a render, too) is committed once, by the first frame after JS handled it.</remarks>
public sealed class ScriptRunner(AppHost host, string outDir, ILogger log, Action<string>? progress = null, LatencyRecorder? latency = null)
{
    private readonly Dictionary<long, long> _recorderIds = [];
    private readonly List<ScreenshotRecord> _screenshots = [];
    private readonly List<Task> _writes = [];
    private readonly HashSet<long> _pendingLegacy = [];
    private byte[]? _pixels;
    private LatencyBudgetPolicy? _budgets;

    /// <summary>Latency of every key of the run.</summary>
    public LatencyRecorder Latency { get; } = latency ?? new(Stopwatch.Frequency);

    /// <summary>Screenshots written.</summary>
    public IReadOnlyList<ScreenshotRecord> Screenshots => _screenshots;

    /// <summary>Suffix artifacts with their path (NAME.native.png) as <c>bridge compare</c> expects.</summary>
    public bool PathSuffixes { get; init; }

    /// <summary>Time from process start to the first presented frame that drew something, in milliseconds.</summary>
    public double FirstFrameMs { get; private set; } = double.NaN;

    /// <summary>Runs every step, then waits for the screenshot files.</summary>
    public void Run(Script script)
    {
        Directory.CreateDirectory(outDir);
        var total = script.Steps.Count;
        foreach (var step in script.Steps)
        {
            progress?.Invoke($"[{step.Index + 1}/{total}] {step.Describe()}");
            switch (step)
            {
                case NavigateStep nav:
                    host.Router.Navigate(nav.Page, nav.Params);
                    Settle();
                    break;
                case KeyStep { HoldMs: > 0 } held:
                    Hold(held.Key, TimeSpan.FromMilliseconds(held.HoldMs));
                    Settle();
                    EnforceBudgets();
                    break;
                case KeyStep key:
                    for (var i = 0; i < key.Repeat; i++)
                    {
                        Press(key.Key);
                        Settle();
                    }
                    EnforceBudgets();
                    break;
                case IdleStep:
                    Settle();
                    break;
                case WaitStep wait:
                    RunFor(TimeSpan.FromMilliseconds(wait.Milliseconds));
                    break;
                case ScreenshotStep shot:
                    Screenshot(shot.Name);
                    break;
                case DumpStep dump:
                    Dump(dump.Name);
                    break;
                case DebugStep debug:
                    // Draws from the next frame on (a screenshot runs one first); tree dumps never show it.
                    host.FocusDebug.Enabled = debug.View == DebugView.Focus;
                    break;
                default:
                    throw new InvalidOperationException($"script step {step.Index}: {step.GetType().Name} is not supported");
            }
        }
        Task.WaitAll(_writes);
    }

    // A native page whose key → committed p99 breaks its manifest budget falls back for the rest of the run.
    private void EnforceBudgets()
    {
        _budgets ??= new LatencyBudgetPolicy(host.Router.Routes);
        foreach (var rollback in _budgets.Enforce(host.Router, Latency))
        {
            log.Warning("Rolled back {Page} from {From} to {To}: {Reason}", rollback.Page, rollback.From, rollback.To, rollback.Reason);
            Settle();
        }
    }

    private (string Page, PagePath Path) Shown()
    {
        var current = host.Router.Current ?? throw new InvalidOperationException("the script pressed a key before navigating to a page");
        return (current.Page, current.ShownPath);
    }

    // The run's JS engine names every group, native ones too, so that a page's two paths compare within one engine.
    private string EngineOf(PagePath path) => host.Legacy?.EngineName ?? "none";

    private void Press(KeyName key, bool repeat = false)
    {
        var (page, path) = Shown();
        var arrival = Stopwatch.GetTimestamp();
        var id = host.Loop.Input.Enqueue(key, repeat);
        if (id == 0)
        {
            // An auto-repeat the input throttle refused (or a full queue): no event, on either path.
            return;
        }
        _recorderIds[id] = Latency.Begin(key, page, path, EngineOf(path), arrival);
        if (path == PagePath.Legacy && host.Legacy is { } legacy && legacy.ForwardKey(new KeyEvent(id, key, arrival, repeat)))
        {
            _pendingLegacy.Add(id);
        }
    }

    /// <summary>Holds a key: a press, then an auto-repeat every <see cref="KeyStep.AutoRepeatMs"/> while frames run.</summary>
    private void Hold(KeyName key, TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        Press(key);
        for (var next = KeyStep.AutoRepeatMs; next < duration.TotalMilliseconds; next += KeyStep.AutoRepeatMs)
        {
            RunFor(TimeSpan.FromMilliseconds(next) - Stopwatch.GetElapsedTime(start));
            Press(key, repeat: true);
        }
        RunFor(duration - Stopwatch.GetElapsedTime(start));
    }

    /// <summary>Runs frames until no input, effect, resource, animation or JS work is pending.</summary>
    private void Settle()
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(host.Options.IdleTimeout.TotalSeconds * Stopwatch.Frequency);
        var quiet = 0;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var worked = Frame();
            var jsIdle = host.Legacy?.WaitForIdle(TimeSpan.Zero) ?? true;
            if (!worked && !host.Loop.HasPendingWork && jsIdle)
            {
                if (host.Legacy is not null && _pendingLegacy.Count > 0)
                {
                    // JS handled these keys without changing the page: the frame just run is their response.
                    CommitLegacyWithoutBatch();
                }
                if (++quiet >= 2)
                {
                    return;
                }
            }
            else
            {
                quiet = 0;
                if (!jsIdle && !host.Loop.HasPendingWork)
                {
                    host.Legacy!.WaitForIdle(TimeSpan.FromMilliseconds(50));
                }
            }
        }
        log.Warning("The app did not settle within {Timeout}: input, effects, resources or JS still busy", host.Options.IdleTimeout);
    }

    private void RunFor(TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end)
        {
            Frame();
        }
    }

    /// <summary>Runs one frame (waiting for the tick when paced) and accounts the keys it committed; true when it did work.</summary>
    private bool Frame()
    {
        var loop = host.Loop;
        var hadWork = loop.HasPendingWork;
        loop.Clock.WaitForNextFrame();
        host.RunFrame();
        ref readonly var record = ref loop.Stats.Last;
        if (double.IsNaN(FirstFrameMs) && record.DrawCommands > 0)
        {
            // From process start, as the budget is stated.
            FirstFrameMs = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        }
        var committedAt = record.Present - record.TicksOf(FrameStage.Present);
        var applied = false;
        // Native keys: committed by the frame whose input stage dispatched them.
        for (var i = 0; i < record.EventCount; i++)
        {
            var id = record.FirstEventId + i;
            if (_pendingLegacy.Contains(id) || !_recorderIds.TryGetValue(id, out var rid))
            {
                continue;
            }
            Commit(rid, record, committedAt, legacy: false);
        }
        if (host.Legacy is { } legacy)
        {
            foreach (var cause in legacy.AppliedCauses)
            {
                applied = true;
                if (_pendingLegacy.Remove(cause) && _recorderIds.TryGetValue(cause, out var rid))
                {
                    Commit(rid, record, committedAt, legacy: true);
                }
            }
            applied |= legacy.AppliedCauses.Count > 0;
        }
        return hadWork || applied;
    }

    private void CommitLegacyWithoutBatch()
    {
        ref readonly var record = ref host.Loop.Stats.Last;
        var committedAt = record.Present - record.TicksOf(FrameStage.Present);
        foreach (var id in _pendingLegacy)
        {
            if (_recorderIds.TryGetValue(id, out var rid))
            {
                Commit(rid, record, committedAt, legacy: true);
            }
        }
        _pendingLegacy.Clear();
    }

    private void Commit(long rid, in FrameRecord record, long committedAt, bool legacy)
    {
        var ms = 1000.0 / host.Loop.Clock.Frequency;
        var handlers = (record.TicksOf(FrameStage.Input) + record.TicksOf(FrameStage.Focus) + record.TicksOf(FrameStage.Handlers)) * ms;
        if (legacy)
        {
            // JS + bus: from the key's arrival to the start of the frame that applied the response, plus that frame's input
            // stage, where the host waits for JS's verdict when the key reached a JS onKey.
            var arrival = Latency.Events[(int)IndexOf(rid)].ArrivalTicks;
            Latency.AddStage(rid, LatencyStage.Handler, Math.Max(0, record.Start - arrival) * 1000.0 / Stopwatch.Frequency + handlers);
        }
        else
        {
            Latency.AddStage(rid, LatencyStage.Handler, handlers);
        }
        Latency.AddStage(rid, LatencyStage.Apply, record.TicksOf(FrameStage.Apply) * ms);
        Latency.AddStage(rid, LatencyStage.Layout, record.TicksOf(FrameStage.Layout) * ms);
        Latency.AddStage(rid, LatencyStage.Animation, record.TicksOf(FrameStage.Animation) * ms);
        Latency.AddStage(rid, LatencyStage.Resources, record.TicksOf(FrameStage.Resources) * ms);
        Latency.AddStage(rid, LatencyStage.Render, record.TicksOf(FrameStage.Render) * ms);
        Latency.AddStage(rid, LatencyStage.Present, record.TicksOf(FrameStage.Present) * ms);
        Latency.Committed(rid, committedAt);
        Latency.Presented(rid, record.Present);
    }

    private long IndexOf(long rid)
    {
        var events = Latency.Events;
        for (var i = events.Length - 1; i >= 0; i--)
        {
            if (events[i].Id == rid)
            {
                return i;
            }
        }
        throw new KeyNotFoundException($"latency event {rid} was never begun");
    }

    private string FileName(string name, string extension, PagePath path) =>
        PathSuffixes ? $"{name}.{PagePaths.ToName(path)}{extension}" : name + extension;

    private void Screenshot(string name)
    {
        Frame();
        var backend = host.Backend;
        var size = backend.Width * backend.Height * 4;
        if (_pixels is null || _pixels.Length != size)
        {
            _pixels = new byte[size];
        }
        backend.ReadPixels(_pixels);
        var (page, path) = Shown();
        var file = FileName(name, ".png", path);
        var copy = _pixels.AsMemory().ToArray();
        _writes.Add(Graphics.Screenshot.SavePngAsync(copy, backend.Width, backend.Height, Path.Combine(outDir, file)));
        _screenshots.Add(new ScreenshotRecord(name, page, path, file));
    }

    private void Dump(string name)
    {
        var (_, path) = Shown();
        var json = Engine.Dump.TreeDump.ToJson(host.World, host.Pages.Shown, indented: true);
        File.WriteAllText(Path.Combine(outDir, FileName(name, ".tree.json", path)), json);
    }
}
