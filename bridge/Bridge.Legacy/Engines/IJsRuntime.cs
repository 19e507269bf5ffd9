namespace Bridge.Legacy.Engines;

/// <summary>One JS engine with the bridge-host runtime loaded, driven synchronously from its own thread.</summary>
/// <remarks>Not thread-safe: every member except <see cref="Interrupt"/> must be called on the JS thread.
/// Page code sees only the bundle's globals: no CLR type, file or network access is installed.</remarks>
internal interface IJsRuntime : IDisposable
{
    /// <summary>Short engine name ("v8" or "jint").</summary>
    string EngineName { get; }

    /// <summary>Runs a bundle's source; the first bundle installs <c>__bridge</c>.</summary>
    void Load(string source, string documentName);

    /// <summary>
    /// Writes event bytes into the runtime's input buffer, calls <c>__bridge.pump</c>, runs the engine's promise
    /// jobs, and returns the byte length of op batches waiting in <see cref="Output"/>, or -1 when nothing ran.
    /// </summary>
    int Pump(ReadOnlySpan<byte> input, double frameTimeMs);

    /// <summary>The first <paramref name="length"/> bytes the last pump wrote; valid until the next pump.</summary>
    ReadOnlyMemory<byte> Output(int length);

    /// <summary>Stops the script running now (called by the watchdog from another thread).</summary>
    void Interrupt();
}
