using System.Diagnostics;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Serilog;

namespace Bridge.Legacy.Hosting;

/// <summary>The JS thread of a legacy engine: takes event batches, pumps the runtime, routes op batches and requests.</summary>
/// <remarks>Loop: wait for a wake-up (events, tick, data response) → hand every waiting event batch to JS in one
/// call → pump again while promise jobs produce work → page batches go to <see cref="Batches"/>, runtime
/// requests (logs, data, navigation) are handled here or queued as commands. A watchdog interrupts a pump
/// that runs longer than <see cref="LegacyEngineOptions.HandlerTimeout"/>.
/// <para>A pump that is interrupted or fails leaves React in an unknown state, so the runtime is stopped, not reused:
/// the engine asks it which page's code was running, queues a <see cref="LegacyCommandKind.RuntimeStopped"/> command
/// and ignores events until the driver calls <see cref="Restart"/>, which starts a fresh runtime (on a fresh JS thread)
/// with the same bundles. A runtime that does not stop within <see cref="LegacyEngineOptions.InterruptGrace"/> of the
/// interrupt is given up: its child process is killed, or, in process, its thread is left behind.</para></remarks>
public abstract partial class LegacyEngine : ILegacyEngine
{
    private volatile IReadOnlyList<LegacyBundle> _bundles;
    private readonly EventInbox _inbox = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _idleGate = new();
    private readonly object _restartGate = new();
    private readonly ILogger _log;
    private PumpWatchdog? _watchdog;
    private JsThread? _current;
    private double _frameTime;
    private long _posted;
    private long _processed;
    // The posts whose first pump has run and whose batches are queued (its promise jobs may still run).
    private long _answered;
    private bool _workLeft;
    private int _pendingData;
    private volatile string? _fault;
    private volatile RuntimeStop? _stop;
    private long _pumps, _batchesOut, _bytesOut, _interrupts, _errors, _jsTicks, _restarts, _jsHeap = -1;
    private long _heapSampledAt;
    private double _nextDue = -2;
    private int _collect;
    private int _started;

    private protected LegacyEngine(string name, IReadOnlyList<LegacyBundle> bundles, LegacyEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(bundles);
        if (bundles.Count == 0)
        {
            throw new ArgumentException($"{name} legacy engine needs at least one bundle", nameof(bundles));
        }
        Name = name;
        Options = options;
        _bundles = bundles;
        _log = options.Logger.ForContext("Engine", name);
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The options the engine was started with.</summary>
    public LegacyEngineOptions Options { get; }

    /// <inheritdoc/>
    public Task Ready => _ready.Task;

    /// <inheritdoc/>
    public TimeSpan HandlerTimeout => Options.HandlerTimeout;

    /// <inheritdoc/>
    public LegacyStartup Startup { get; private set; }

    /// <inheritdoc/>
    public string? Fault => _fault ?? (Ready.IsFaulted
        ? $"{Name}: the legacy bundles did not load: {Ready.Exception!.GetBaseException().Message}"
        : null);

    /// <inheritdoc/>
    public RuntimeStop? Stopped => _stop;

    /// <inheritdoc/>
    public bool? AnswersKeys { get; private set; }

    /// <inheritdoc/>
    public TimeSpan LastInterruptLateness => _watchdog?.LastLateness ?? TimeSpan.Zero;

    /// <inheritdoc/>
    public int? RuntimeProcessId => Volatile.Read(ref _current)?.Runtime is Engines.Process.ProcessJsRuntime p ? p.ProcessId : null;

    /// <inheritdoc/>
    public OpBatchQueue Batches { get; } = new();

    private readonly System.Collections.Concurrent.ConcurrentQueue<LegacyCommand> _commands = new();

    /// <inheritdoc/>
    public LegacyEngineStats Stats => new(
        Interlocked.Read(ref _pumps), Interlocked.Read(ref _batchesOut), Interlocked.Read(ref _bytesOut),
        Interlocked.Read(ref _interrupts), Interlocked.Read(ref _errors),
        Interlocked.Read(ref _jsTicks) * 1000.0 / Stopwatch.Frequency, Interlocked.Read(ref _restarts), Interlocked.Read(ref _jsHeap));

    private protected abstract IJsRuntime CreateRuntime();

    /// <inheritdoc/>
    public bool Started => Volatile.Read(ref _started) != 0;

    /// <inheritdoc/>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0 || _stopping.IsCancellationRequested)
        {
            return;
        }
        _watchdog = new PumpWatchdog(Name, Options.InterruptGrace, LegacyEngineOptions.WallTimeFactor,
            () => Volatile.Read(ref _current)?.Runtime?.Cpu, OnDeadline, OnGiveUp);
        var first = new JsThread(0);
        Volatile.Write(ref _current, first);
        if (Interlocked.Read(ref _posted) > 0)
        {
            // Events posted before the start wait in the inbox: the first pump after the bundles load takes them.
            first.Wake.Set();
        }
        StartThread(first);
    }

    /// <inheritdoc/>
    public void Post(EventBatch events)
    {
        ForgetKeyVerdicts(events);
        _inbox.Post(events);
        Wake();
    }

    /// <inheritdoc/>
    public void Post(ReadOnlySpan<byte> encodedEventBatch)
    {
        _inbox.Post(encodedEventBatch);
        Wake();
    }

    /// <inheritdoc/>
    /// <remarks>Wakes the JS thread only when a timer is due by then (or the runtime does not say when its next one is):
    /// an idle page costs no pump per frame, and the engine is idle between its timers.</remarks>
    public void Tick(double frameTimeMs)
    {
        WakeIfDeferred();
        var current = Volatile.Read(ref _frameTime);
        if (frameTimeMs > current)
        {
            Volatile.Write(ref _frameTime, frameTimeMs);
        }
        var due = Volatile.Read(ref _nextDue);
        if (due < -1 || (due >= 0 && frameTimeMs >= due))
        {
            Wake();
        }
    }

    /// <inheritdoc/>
    public bool TryDequeueCommand(out LegacyCommand command) => _commands.TryDequeue(out command!);

    /// <inheritdoc/>
    public int PendingCommands => _commands.Count;

    /// <inheritdoc/>
    public bool WaitForIdle(TimeSpan timeout)
    {
        WakeIfDeferred();
        return WaitUntil(timeout, () => _processed >= Interlocked.Read(ref _posted) && !_workLeft && Volatile.Read(ref _pendingData) == 0);
    }

    // Waits under the idle gate, which the JS thread pulses after each wake's first pump and at its end.
    private bool WaitUntil(TimeSpan timeout, Func<bool> done)
    {
        if (!Started)
        {
            return true; // no JS has run, none runs until the engine starts
        }
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        lock (_idleGate)
        {
            while (true)
            {
                if (Ready.IsFaulted || _stopping.IsCancellationRequested)
                {
                    return false;
                }
                if (Ready.IsCompleted && done())
                {
                    return true;
                }
                var left = deadline - Stopwatch.GetTimestamp();
                if (left <= 0)
                {
                    return false;
                }
                Monitor.Wait(_idleGate, TimeSpan.FromSeconds((double)left / Stopwatch.Frequency));
            }
        }
    }

    /// <inheritdoc/>
    public void CollectGarbage()
    {
        Interlocked.Exchange(ref _collect, 1);
        Wake();
    }

    /// <inheritdoc/>
    public bool Restart() => Replace(null);

    /// <inheritdoc/>
    public bool Reload(IReadOnlyList<LegacyBundle> bundles)
    {
        ArgumentNullException.ThrowIfNull(bundles);
        if (bundles.Count == 0)
        {
            throw new ArgumentException($"{Name} legacy engine needs at least one bundle", nameof(bundles));
        }
        return Replace(bundles);
    }

    // Restart (bundles null: the stopped runtime's, same bundles) or reload (any runtime, running or stopped, new bundles).
    private bool Replace(IReadOnlyList<LegacyBundle>? bundles)
    {
        JsThread next;
        JsThread old;
        lock (_restartGate)
        {
            var reload = bundles is not null;
            if ((!reload && _stop is null) || (!reload && _fault is not null) || _stopping.IsCancellationRequested
                || (reload && !Ready.IsCompletedSuccessfully))
            {
                return false;
            }
            old = _current!;
            if (reload)
            {
                // A running runtime is dropped as it is: nothing it sends from now on is routed (it is no longer current).
                Interlocked.Exchange(ref old.Stopped, 1);
                _bundles = bundles!;
                _fault = null;
            }
            // What was posted for the stopped runtime names its pages and nodes: none of it reaches the next one.
            _inbox.Take();
            _stop = null;
            Volatile.Write(ref _nextDue, -2);
            next = new JsThread(old.Generation + 1);
            Volatile.Write(ref _current, next);
        }
        Interlocked.Increment(ref _restarts);
        old.Wake.Set();
        StartThread(next);
        return true;
    }

    private void Wake()
    {
        Interlocked.Increment(ref _posted);
        if (_stopping.IsCancellationRequested)
        {
            // A data answer completing after Dispose has nobody to wake.
            return;
        }
        Volatile.Read(ref _current)?.Wake.Set();
    }

    private void StartThread(JsThread t)
    {
        t.Thread = new Thread(() => Run(t)) { IsBackground = true, Name = $"bridge-js-{Name}-{t.Generation}" };
        t.Thread.Start();
    }

    private bool IsCurrent(JsThread t) => ReferenceEquals(Volatile.Read(ref _current), t);

    private void Run(JsThread t)
    {
        try
        {
            bool started;
            lock (t.Gate)
            {
                started = StartRuntime(t);
            }
            if (!started)
            {
                return;
            }
            while (!_stopping.IsCancellationRequested && IsCurrent(t))
            {
                t.Wake.WaitOne();
                if (_stopping.IsCancellationRequested || !IsCurrent(t))
                {
                    break;
                }
                bool workLeft;
                lock (t.Gate)
                {
                    workLeft = RunWake(t);
                }
                if (workLeft)
                {
                    // The scheduler yielded with tasks left: carry on without waiting for the next tick.
                    t.Wake.Set();
                }
            }
        }
        finally
        {
            lock (t.Gate)
            {
                try
                {
                    t.Runtime?.Dispose();
                }
                catch (Exception e)
                {
                    _log.Warning(e, "{Engine}: disposing runtime {Generation} failed", Name, t.Generation);
                }
            }
        }
    }

    /// <summary>One wake of the JS thread, under the runtime's gate: pumps what waits; true when work is left.</summary>
    private bool RunWake(JsThread t)
    {
        var observed = Interlocked.Read(ref _posted);
        var workLeft = false;
        if (Volatile.Read(ref t.Stopped) == 0)
        {
            try
            {
                // A pump a caller started and stopped waiting for: its answer is read first, in order.
                FinishCallerPump(t);
                if (Interlocked.Exchange(ref _collect, 0) == 1)
                {
                    t.Runtime!.CollectGarbage();
                    _heapSampledAt = 0;
                }
                workLeft = PumpUntilIdle(t, observed);
                Volatile.Write(ref _nextDue, Volatile.Read(ref t.Stopped) == 0 ? t.Runtime!.NextTimerDue() : -1);
                SampleHeap(t);
            }
            catch (Exception e)
            {
                // Nothing a page does may take the app down: a host-side failure stops this runtime only.
                Stop(t, $"{Name}: the JS thread failed: {e.Message}", RuntimeStopKind.Crashed, e, onJsThread: true);
            }
        }
        else
        {
            Discard(t);
        }
        lock (_idleGate)
        {
            if (IsCurrent(t))
            {
                _processed = observed;
                _answered = Math.Max(_answered, observed);
                _workLeft = workLeft && Volatile.Read(ref t.Stopped) == 0;
            }
            Monitor.PulseAll(_idleGate);
        }
        return workLeft;
    }

    private void Discard(JsThread t)
    {
        lock (_restartGate)
        {
            if (IsCurrent(t))
            {
                _inbox.Take();
            }
        }
    }

    private bool StartRuntime(JsThread t)
    {
        var first = t.Generation == 0;
        try
        {
            var start = Stopwatch.GetTimestamp();
            t.Runtime = CreateRuntime();
            var created = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            foreach (var bundle in _bundles)
            {
                t.Runtime.Load(bundle.Source, bundle.Name);
            }
            var loaded = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            AnswersKeys = t.Runtime.AnswersKeys;
            if (first)
            {
                Startup = new LegacyStartup(created, loaded);
                _log.Information("{Engine} engine created in {CreateMs:F1} ms, {Count} bundle(s) loaded in {LoadMs:F1} ms",
                    Name, created, _bundles.Count, loaded);
            }
            else
            {
                _log.Information("{Engine} runtime {Generation} started in {Ms:F1} ms", Name, t.Generation, created + loaded);
            }
            // Anything the bundles logged or asked while loading.
            RouteOutput(t, PumpOnce(t, ReadOnlySpan<byte>.Empty));
            Volatile.Write(ref _nextDue, t.Runtime.NextTimerDue());
            if (first)
            {
                _ready.SetResult();
            }
            else
            {
                // Events posted while the runtime started (the pages mounted again) are waiting.
                t.Wake.Set();
            }
            return true;
        }
        catch (Exception e)
        {
            if (first)
            {
                _log.Error(e, "{Engine} engine failed to start", Name);
                _ready.SetException(e);
            }
            else
            {
                _fault = $"{Name}: the JS runtime failed to start again: {e.Message}";
                _log.Error(e, "{Engine} engine is faulted, its pages are lost: {Message}", Name, _fault);
                _commands.Enqueue(new LegacyCommand(LegacyCommandKind.RuntimeStopped, _fault,
                    new RuntimeStop(_fault, RuntimeStopKind.Crashed, 0), null, Array.Empty<uint>()));
            }
            lock (_idleGate)
            {
                Monitor.PulseAll(_idleGate);
            }
            return false;
        }
    }

    /// <summary>Pumps with every waiting event, then again while promise jobs keep producing work; true when work is left.</summary>
    /// <remarks>Once the first pump's batches are queued, <see cref="WaitForAnswer"/> is released: the answer to the
    /// events is on the bus, and a frame need not wait for the pumps after it (each one a round trip to an isolated
    /// runtime) to apply it.</remarks>
    private bool PumpUntilIdle(JsThread t, long observed)
    {
        var length = PumpOnce(t, _inbox.Take(out var mounts), mounts);
        for (var i = 1; length >= 0; i++)
        {
            RouteOutput(t, length);
            if (i == 1)
            {
                lock (_idleGate)
                {
                    if (IsCurrent(t))
                    {
                        _answered = Math.Max(_answered, observed);
                    }
                    Monitor.PulseAll(_idleGate);
                }
            }
            if (i >= Options.MaxPumpsPerWake)
            {
                return true;
            }
            length = PumpOnce(t, _inbox.HasPending ? _inbox.Take() : ReadOnlySpan<byte>.Empty);
        }
        return false;
    }

    private int PumpOnce(JsThread t, ReadOnlySpan<byte> input, bool mounts = false)
    {
        if (!BeginPump(t, mounts))
        {
            return -1;
        }
        int length;
        try
        {
            length = t.Runtime!.Pump(input, Volatile.Read(ref _frameTime));
        }
        catch (JsRuntimeException e)
        {
            return PumpFailed(t, e);
        }
        catch
        {
            _watchdog!.Disarm();
            CountPump(t);
            throw;
        }
        return PumpEnded(t, length);
    }

    // A pump starts (whoever holds the runtime's gate): the watchdog watches it from now, with the budget of a page's
    // first render when it mounts one.
    private bool BeginPump(JsThread t, bool mounts)
    {
        if (Volatile.Read(ref t.Stopped) != 0)
        {
            return false;
        }
        t.PumpStart = Stopwatch.GetTimestamp();
        t.PumpBudget = mounts ? Options.MountTimeout : Options.HandlerTimeout;
        _watchdog!.Arm(t.PumpBudget);
        return true;
    }

    private int PumpEnded(JsThread t, int length)
    {
        var over = _watchdog!.Disarm();
        t.LastPumpMs = t.Runtime!.LastScriptMs ?? Stopwatch.GetElapsedTime(t.PumpStart).TotalMilliseconds;
        CountPump(t);
        if (over)
        {
            // It ended on its own just as the interrupt went out: past its budget all the same, and an interrupt
            // may be pending in the engine.
            Stop(t, $"{Name}: a pump ran over {t.PumpBudget.TotalMilliseconds:0} ms", RuntimeStopKind.Hung, null, onJsThread: true);
            return -1;
        }
        return length;
    }

    private int PumpFailed(JsThread t, JsRuntimeException e)
    {
        var over = _watchdog!.Disarm();
        CountPump(t);
        var kind = e.HeapExhausted ? RuntimeStopKind.HeapExhausted : e.Interrupted || over ? RuntimeStopKind.Hung : RuntimeStopKind.Crashed;
        var reason = kind == RuntimeStopKind.Hung
            ? $"{Name}: a pump ran over {t.PumpBudget.TotalMilliseconds:0} ms and was interrupted ({e.Message})"
            : e.Message;
        Stop(t, reason, kind, e, onJsThread: true);
        return -1;
    }

    private void CountPump(JsThread t)
    {
        Interlocked.Add(ref _jsTicks, Stopwatch.GetTimestamp() - t.PumpStart);
        Interlocked.Increment(ref _pumps);
    }

    /// <summary>Stops a runtime once: asks it (on the JS thread) whose code ran, and tells the driver.</summary>
    private void Stop(JsThread t, string reason, RuntimeStopKind kind, Exception? e, bool onJsThread)
    {
        if (Interlocked.Exchange(ref t.Stopped, 1) != 0)
        {
            return;
        }
        uint blamed = 0;
        if (onJsThread && t.Runtime is { } runtime)
        {
            try
            {
                blamed = runtime.ActivePageRoot();
            }
            catch (Exception queryError)
            {
                _log.Debug(queryError, "{Engine}: the stopped runtime cannot say whose code ran", Name);
            }
        }
        Interlocked.Increment(ref _errors);
        if (kind == RuntimeStopKind.Hung)
        {
            Interlocked.Increment(ref _interrupts);
        }
        var stop = new RuntimeStop(reason, kind, blamed);
        if (!IsCurrent(t))
        {
            return;
        }
        _stop = stop;
        _log.Error(e, "{Engine}: the JS runtime is stopped ({Kind}, page root {PageRoot}): {Reason}", Name, kind, blamed, reason);
        _commands.Enqueue(new LegacyCommand(LegacyCommandKind.RuntimeStopped, reason, stop, null, Array.Empty<uint>()));
        lock (_idleGate)
        {
            Monitor.PulseAll(_idleGate);
        }
    }

    private void OnDeadline()
    {
        var t = Volatile.Read(ref _current);
        _log.Warning("{Engine}: a pump ran over {Timeout}; interrupting it ({Late:F1} ms after the deadline)",
            Name, t?.PumpBudget ?? Options.HandlerTimeout, LastInterruptLateness.TotalMilliseconds);
        t?.Runtime?.Interrupt();
    }

    private void OnGiveUp()
    {
        var t = Volatile.Read(ref _current);
        if (t?.Runtime is not { } runtime)
        {
            return;
        }
        if (runtime.Abandon())
        {
            _log.Error("{Engine}: the runtime did not stop within {Grace} of the interrupt; its process was killed", Name, Options.InterruptGrace);
            return;
        }
        // In process nothing can end the call: the thread is left to it, and a new one runs the next runtime.
        Stop(t, $"{Name}: a pump did not stop within {Options.InterruptGrace.TotalMilliseconds:0} ms of the interrupt (a host call no interrupt reaches); its thread is left behind",
            RuntimeStopKind.Hung, null, onJsThread: false);
    }

    private void SampleHeap(JsThread t)
    {
        var now = Stopwatch.GetTimestamp();
        if (now - _heapSampledAt < Stopwatch.Frequency / 10)
        {
            return;
        }
        _heapSampledAt = now;
        try
        {
            Interlocked.Exchange(ref _jsHeap, t.Runtime!.HeapBytes);
        }
        catch (Exception e)
        {
            _log.Debug(e, "{Engine}: heap size not available", Name);
        }
    }

    /// <summary>Stops the JS thread and disposes the engine.</summary>
    public void Dispose()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        _stopping.Cancel();
        _watchdog?.Dispose();
        var t = Volatile.Read(ref _current);
        if (t is not null)
        {
            try
            {
                t.Wake.Set();
            }
            catch (ObjectDisposedException)
            {
            }
            if (t.Thread is not null && !t.Thread.Join(TimeSpan.FromSeconds(5)))
            {
                t.Runtime?.Interrupt();
                if (!t.Thread.Join(TimeSpan.FromSeconds(5)))
                {
                    t.Runtime?.Abandon();
                }
            }
        }
        lock (_idleGate)
        {
            Monitor.PulseAll(_idleGate);
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>One JS thread and the runtime it drives; a restart makes a new one.</summary>
    private sealed class JsThread(int generation)
    {
        public int Generation { get; } = generation;

        public AutoResetEvent Wake { get; } = new(false);

        public Thread? Thread { get; set; }

        /// <summary>Held by whoever drives the runtime: its JS thread, or a caller pumping for an answer.</summary>
        public object Gate { get; } = new();

        public IJsRuntime? Runtime { get; set; }

        public OpBatch RuntimeBatch { get; } = new();

        /// <summary>How long the last pump's script ran (JS thread only): the JS time of the batches it wrote.</summary>
        public double LastPumpMs { get; set; }

        /// <summary>True when the pump being routed wrote a page batch (which carries its JS time).</summary>
        public bool PumpWrotePages { get; set; }

        /// <summary>When the pump running now started (timestamp; whoever holds <see cref="Gate"/>).</summary>
        public long PumpStart;

        /// <summary>The CPU budget of the pump running now (whoever holds <see cref="Gate"/>).</summary>
        public TimeSpan PumpBudget;

        /// <summary>A pump a caller started whose answer nobody has read yet, and the post count it covers (0: none).</summary>
        public long CallerPumpCovers;

        /// <summary>1 once the runtime was stopped (by its thread or the watchdog).</summary>
        public int Stopped;
    }
}
