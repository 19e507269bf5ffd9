namespace Bridge.Legacy.Engines;

/// <summary>One JS engine with the bridge-host runtime loaded, driven synchronously from its own thread.</summary>
/// <remarks>Not thread-safe: every member except <see cref="Interrupt"/> must be called on the JS thread.
/// Page code sees only the documented globals (see <see cref="PagePrelude"/>): no CLR type, file or network access
/// is installed, and the bridge the host drives the runtime through is no global.</remarks>
internal interface IJsRuntime : IDisposable
{
    /// <summary>Short engine name ("v8" or "jint").</summary>
    string EngineName { get; }

    /// <summary>Runs a bundle's source; the first bundle hands the host its bridge.</summary>
    void Load(string source, string documentName);

    /// <summary>
    /// Writes event bytes into the runtime's input buffer, calls the bridge's <c>pump</c>, runs the engine's promise
    /// jobs, and returns the byte length of op batches waiting in <see cref="Output"/>, or -1 when nothing ran.
    /// </summary>
    int Pump(ReadOnlySpan<byte> input, double frameTimeMs);

    /// <summary>How long the last pump's script ran where it runs (in its worker process for an isolated runtime, without
    /// the hop there and back), in milliseconds; null when the runtime runs in this process, where the caller's own
    /// measure of <see cref="Pump"/> is that time.</summary>
    double? LastScriptMs { get; }

    /// <summary>The first <paramref name="length"/> bytes the last pump wrote; valid until the next pump.</summary>
    ReadOnlyMemory<byte> Output(int length);

    /// <summary>Stops the script running now (called by the watchdog from another thread).</summary>
    void Interrupt();

    /// <summary>True when the runtime answers every key event with a KeyHandled op; false for a bundle built with a
    /// runtime older than the verdicts, null when the runtime does not say (an older handshake).</summary>
    bool? AnswersKeys { get; }

    /// <summary>The page root whose code ran last, asked after a pump was stopped; 0 when the runtime cannot say.</summary>
    uint ActivePageRoot();

    /// <summary>The frame time (ms) the runtime's next timer is due at, asked after a pump: -1 when no timer waits, -2 when
    /// the runtime cannot say (a bundle built with an older runtime): then every frame tick is pumped.</summary>
    double NextTimerDue();

    /// <summary>CPU time of the thread or process that runs this runtime's script, readable from any thread; null when
    /// the platform cannot say (then the watchdog counts wall time).</summary>
    CpuClock? Cpu { get; }

    /// <summary>Bytes the JS heap uses now, or -1 when the engine does not measure its own heap.</summary>
    long HeapBytes { get; }

    /// <summary>Collects the JS heap's garbage now, so that <see cref="HeapBytes"/> counts live objects only.</summary>
    void CollectGarbage();

    /// <summary>Ends a runtime whose script no interrupt stopped (any thread): kills its child process, which fails the
    /// pump in progress; false when the runtime runs in this process and cannot be ended.</summary>
    bool Abandon();
}
