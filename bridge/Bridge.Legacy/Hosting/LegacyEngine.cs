using System.Diagnostics;
using Bridge.Bus.Events;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Serilog;

namespace Bridge.Legacy.Hosting;

/// <summary>The JS thread of a legacy engine: takes event batches, pumps the runtime, routes op batches and requests.</summary>
/// <remarks>Loop: wait for a wake-up (events, tick, data response) → hand every waiting event batch to JS in one
/// call → pump again while promise jobs produce work → page batches go to <see cref="Batches"/>, runtime
/// requests (logs, data, navigation) are handled here or queued as commands. A watchdog interrupts a pump
/// that runs longer than <see cref="LegacyEngineOptions.HandlerTimeout"/>.</remarks>
public abstract partial class LegacyEngine : ILegacyEngine
{
    private readonly IReadOnlyList<LegacyBundle> _bundles;
    private readonly EventInbox _inbox = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _idleGate = new();
    private readonly ILogger _log;
    private Thread? _thread;
    private Timer? _watchdog;
    private IJsRuntime? _runtime;
    private double _frameTime;
    private long _posted;
    private long _processed;
    private bool _workLeft;
    private int _pendingData;
    private long _pumpStartedAt;
    private volatile string? _fault;
    private long _pumps, _batchesOut, _bytesOut, _interrupts, _errors, _jsTicks;

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
    public string? Fault => _fault;

    /// <inheritdoc/>
    public OpBatchQueue Batches { get; } = new();

    private readonly System.Collections.Concurrent.ConcurrentQueue<LegacyCommand> _commands = new();

    /// <inheritdoc/>
    public LegacyEngineStats Stats => new(
        Interlocked.Read(ref _pumps), Interlocked.Read(ref _batchesOut), Interlocked.Read(ref _bytesOut),
        Interlocked.Read(ref _interrupts), Interlocked.Read(ref _errors),
        Interlocked.Read(ref _jsTicks) * 1000.0 / Stopwatch.Frequency);

    private protected abstract IJsRuntime CreateRuntime();

    private protected void Start()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "bridge-js-" + Name, };
        _thread.Start();
        var period = TimeSpan.FromMilliseconds(Math.Clamp(Options.HandlerTimeout.TotalMilliseconds / 4, 10, 250));
        _watchdog = new Timer(_ => CheckWatchdog(), null, period, period);
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
    public void Tick(double frameTimeMs)
    {
        var current = Volatile.Read(ref _frameTime);
        if (frameTimeMs > current)
        {
            Volatile.Write(ref _frameTime, frameTimeMs);
        }
        Wake();
    }

    /// <inheritdoc/>
    public bool TryDequeueCommand(out LegacyCommand command) => _commands.TryDequeue(out command!);

    /// <inheritdoc/>
    public bool WaitForIdle(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        lock (_idleGate)
        {
            while (true)
            {
                if (Ready.IsFaulted || _stopping.IsCancellationRequested)
                {
                    return false;
                }
                if (Ready.IsCompleted && _processed >= Interlocked.Read(ref _posted) && !_workLeft
                    && Volatile.Read(ref _pendingData) == 0)
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

    private void Wake()
    {
        Interlocked.Increment(ref _posted);
        if (_stopping.IsCancellationRequested)
        {
            // A data answer completing after Dispose has nobody to wake.
            return;
        }
        _wake.Set();
    }

    private void Run()
    {
        if (!StartRuntime())
        {
            return;
        }
        while (!_stopping.IsCancellationRequested)
        {
            _wake.WaitOne();
            if (_stopping.IsCancellationRequested)
            {
                break;
            }
            var observed = Interlocked.Read(ref _posted);
            var workLeft = false;
            if (_fault is null)
            {
                try
                {
                    workLeft = PumpUntilIdle();
                }
                catch (Exception e)
                {
                    // Nothing a page does may take the app down: a host-side failure faults this engine only.
                    FaultEngine($"{Name}: the JS thread failed: {e.Message}", e);
                }
            }
            else
            {
                _inbox.Take();
            }
            lock (_idleGate)
            {
                _processed = observed;
                _workLeft = workLeft;
                Monitor.PulseAll(_idleGate);
            }
            if (workLeft)
            {
                // The scheduler yielded with tasks left: carry on without waiting for the next tick.
                Wake();
            }
        }
        _runtime?.Dispose();
    }

    private bool StartRuntime()
    {
        try
        {
            var start = Stopwatch.GetTimestamp();
            _runtime = CreateRuntime();
            var created = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            foreach (var bundle in _bundles)
            {
                _runtime.Load(bundle.Source, bundle.Name);
            }
            Startup = new LegacyStartup(created, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            _log.Information("{Engine} engine created in {CreateMs:F1} ms, {Count} bundle(s) loaded in {LoadMs:F1} ms",
                Name, created, _bundles.Count, Startup.BundleLoadMs);
            // Anything the bundles logged or asked while loading.
            RouteOutput(PumpOnce(ReadOnlySpan<byte>.Empty));
            _ready.SetResult();
            return true;
        }
        catch (Exception e)
        {
            _log.Error(e, "{Engine} engine failed to start", Name);
            _ready.SetException(e);
            lock (_idleGate)
            {
                Monitor.PulseAll(_idleGate);
            }
            return false;
        }
    }

    /// <summary>Pumps with every waiting event, then again while promise jobs keep producing work; true when work is left.</summary>
    private bool PumpUntilIdle()
    {
        var length = PumpOnce(_inbox.Take());
        for (var i = 1; length >= 0; i++)
        {
            RouteOutput(length);
            if (i >= Options.MaxPumpsPerWake)
            {
                return true;
            }
            length = PumpOnce(_inbox.HasPending ? _inbox.Take() : ReadOnlySpan<byte>.Empty);
        }
        return false;
    }

    private int PumpOnce(ReadOnlySpan<byte> input)
    {
        var runtime = _runtime!;
        var start = Stopwatch.GetTimestamp();
        Volatile.Write(ref _pumpStartedAt, start);
        try
        {
            return runtime.Pump(input, Volatile.Read(ref _frameTime));
        }
        catch (JsRuntimeException e)
        {
            Interlocked.Increment(ref _errors);
            if (e.Interrupted)
            {
                Interlocked.Increment(ref _interrupts);
            }
            if (e.Fatal)
            {
                FaultEngine(e.Message, e);
            }
            else
            {
                _log.Error("{Engine}: {Message}", Name, e.Message);
                _commands.Enqueue(new LegacyCommand(LegacyCommandKind.Error, e.Message, null, null, Array.Empty<uint>()));
            }
            return -1;
        }
        finally
        {
            Volatile.Write(ref _pumpStartedAt, 0);
            Interlocked.Add(ref _jsTicks, Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref _pumps);
        }
    }

    private void FaultEngine(string message, Exception e)
    {
        _fault = message;
        _log.Error(e, "{Engine} engine faulted, its pages are lost: {Message}", Name, message);
        _commands.Enqueue(new LegacyCommand(LegacyCommandKind.Error, $"{message} (the {Name} engine is faulted; its pages are lost)",
            null, null, Array.Empty<uint>()));
    }

    private void CheckWatchdog()
    {
        var started = Volatile.Read(ref _pumpStartedAt);
        if (started != 0 && Stopwatch.GetElapsedTime(started) > Options.HandlerTimeout)
        {
            _log.Warning("{Engine}: a pump ran over {Timeout}; interrupting it", Name, Options.HandlerTimeout);
            _runtime?.Interrupt();
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
        _wake.Set();
        if (_thread is not null && !_thread.Join(TimeSpan.FromSeconds(5)))
        {
            _runtime?.Interrupt();
            _thread.Join(TimeSpan.FromSeconds(5));
        }
        lock (_idleGate)
        {
            Monitor.PulseAll(_idleGate);
        }
        _wake.Dispose();
        GC.SuppressFinalize(this);
    }
}
