namespace Bridge.Legacy.Engines.Process;

/// <summary>A pump in two halves, for a runtime that runs its script elsewhere (a worker process): any thread may send
/// the events and, one at a time, wait a bounded time for the answer; whoever holds the runtime next reads it.</summary>
/// <remarks>Lets the thread that needs an answer (the UI thread, within its frame's wait) drive the runtime itself,
/// without handing the events to the JS thread and the answer back, while a script that runs long still never holds
/// that thread past its wait: the JS thread finishes the pump.</remarks>
internal interface ISplitPump
{
    /// <summary>False where the platform cannot wait on the answer with a timeout; then only whole pumps run.</summary>
    bool CanSplit { get; }

    /// <summary>Sends the events and starts the pump (see <see cref="IJsRuntime.Pump"/>).</summary>
    void StartPump(ReadOnlySpan<byte> input, double frameTimeMs);

    /// <summary>Waits up to <paramref name="timeout"/> for the started pump's answer to arrive; true once it has.</summary>
    bool WaitForAnswer(TimeSpan timeout);

    /// <summary>Reads the started pump's answer, waiting for it as long as it takes; what <see cref="IJsRuntime.Pump"/> returns.</summary>
    int FinishPump();
}
