using System.Diagnostics;
using Bridge.Migration;
using Bridge.Routing;
using Bridge.Schema;
using Serilog;

namespace Bridge.Host;

/// <summary>Plays an input script on a started <see cref="AppHost"/>, measuring every key and writing the artifacts asked for.</summary>
/// <remarks>Keys are pressed one at a time, each once the app has settled from the last (as a person presses a remote), so
/// that every key's latency is its own. Keys go through the host's input queue, as every other source's do; the host
/// measures them (<see cref="AppHost.Latency"/>).</remarks>
public sealed class ScriptRunner(AppHost host, string outDir, ILogger log, Action<string>? progress = null)
{
    private readonly List<ScreenshotRecord> _screenshots = [];
    private readonly List<Task> _writes = [];
    private byte[]? _pixels;
    private LatencyBudgetPolicy? _budgets;

    /// <summary>Latency of every key of the run.</summary>
    public LatencyRecorder Latency => host.Latency.Recorder;

    /// <summary>Set when the run should stop at the next step (a signal asked the program to end); the steps left are skipped.</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>True when <see cref="Run"/> stopped before the last step because <see cref="Stop"/> was signalled.</summary>
    public bool Interrupted { get; private set; }

    /// <summary>Screenshots written.</summary>
    public IReadOnlyList<ScreenshotRecord> Screenshots => _screenshots;

    /// <summary>Suffix artifacts with their path (NAME.native.png) as <c>bridge compare</c> expects.</summary>
    public bool PathSuffixes { get; init; }

    /// <summary>Runs every step, then waits for the screenshot files.</summary>
    public void Run(Script script)
    {
        Directory.CreateDirectory(outDir);
        var total = script.Steps.Count;
        foreach (var step in script.Steps)
        {
            if (Stop.IsCancellationRequested)
            {
                Interrupted = true;
                log.Warning("Stopped before step {Step} of {Total}: the program was asked to end", step.Index + 1, total);
                break;
            }
            progress?.Invoke($"[{step.Index + 1}/{total}] {step.Describe()}");
            switch (step)
            {
                case NavigateStep nav:
                    host.Router.Navigate(nav.Page, nav.Params);
                    StartupTimeline.Mark(log, $"navigated to {nav.Page}");
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
        Interrupted |= Stop.IsCancellationRequested;
        Task.WaitAll(_writes);
    }

    /// <summary>Writes what is on screen now as <c>NAME.png</c> and <c>NAME.tree.json</c> (as a screenshot and a dump step
    /// would), and waits for the files.</summary>
    public void Capture(string name)
    {
        Screenshot(name);
        Dump(name);
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

    private void Press(KeyName key, bool repeat = false)
    {
        Shown();
        // 0: an auto-repeat the input throttle refused (or a full queue): no event, on either path.
        host.Input.Enqueue(key, repeat);
    }

    /// <summary>Holds a key: a press, then an auto-repeat every <see cref="KeyStep.AutoRepeatMs"/> while frames run.</summary>
    private void Hold(KeyName key, TimeSpan duration)
    {
        var start = host.Loop.Clock.Now;
        Press(key);
        for (var next = KeyStep.AutoRepeatMs; next < duration.TotalMilliseconds; next += KeyStep.AutoRepeatMs)
        {
            RunUntil(start + Ticks(TimeSpan.FromMilliseconds(next)));
            Press(key, repeat: true);
        }
        RunUntil(start + Ticks(duration));
    }

    /// <summary>Runs frames until no input, effect, resource, animation or JS work is pending.</summary>
    private void Settle()
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(host.Options.IdleTimeout.TotalSeconds * Stopwatch.Frequency);
        var quiet = 0;
        while (Stopwatch.GetTimestamp() < deadline && !Stop.IsCancellationRequested)
        {
            var worked = Frame();
            var jsIdle = host.IsJsIdle(TimeSpan.Zero);
            if (!worked && !host.Loop.HasPendingWork && jsIdle)
            {
                // JS handled these keys without changing the page: the frame just run is their response.
                host.Latency.CommitUnansweredLegacy();
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
                    host.IsJsIdle(TimeSpan.FromMilliseconds(50));
                }
            }
        }
        if (!Stop.IsCancellationRequested)
        {
            log.Warning("The app did not settle within {Timeout}: input, effects, resources or JS still busy", host.Options.IdleTimeout);
        }
    }

    private void RunFor(TimeSpan duration) => RunUntil(host.Loop.Clock.Now + Ticks(duration));

    // Frames until the frame clock reaches the time: real time when paced or unpaced, virtual time when stepped.
    private void RunUntil(long end)
    {
        var clock = host.Loop.Clock;
        while (clock.Now < end && !Stop.IsCancellationRequested)
        {
            Frame();
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * host.Loop.Clock.Frequency);

    /// <summary>Runs one frame (waiting for the tick when paced); true when it did work or applied a JS batch.</summary>
    private bool Frame()
    {
        var loop = host.Loop;
        var hadWork = loop.HasPendingWork;
        loop.Clock.WaitForNextFrame();
        host.RunFrame();
        return hadWork || host.Legacy is { AppliedCauses.Count: > 0 };
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
